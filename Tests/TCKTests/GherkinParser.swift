import Foundation

/// One step of a scenario: its keyword-less text (`executing query:`), and the doc string or table under it.
struct GherkinStep: Equatable {
    /// `Given`, `When`, `Then`, with `And`/`But` resolved to the keyword before them.
    var keyword: String
    /// The text after the keyword, trimmed.
    var text: String
    /// The `"""` block under the step, without its indentation.
    var docString: String?
    /// The `| a | b |` rows under the step, cells trimmed.
    var table: [[String]] = []
}

/// A scenario as the TCK names it: `Match2 [3] Matching a self-loop ...`, outline rows with ` #k` after.
struct GherkinScenario: Equatable {
    /// The feature's short name (`Match2`).
    var feature: String
    /// The file it comes from, relative to the TCK folder (`clauses/match/Match2.feature`).
    var file: String
    /// `Match2 [3] Matching a self-loop with an undirected relationship pattern`, plus ` #2` for an outline's second row.
    var name: String
    /// The steps, background first, placeholders of an outline filled in.
    var steps: [GherkinStep]
}

/// Reads the Gherkin of the TCK's feature files: `Feature:`, `Background:`, `Scenario:`, `Scenario Outline:`
/// with `Examples:` tables, steps with doc strings and tables. Tags and comments are skipped.
struct GherkinParser {
    private var lines: [Substring]
    private var index = 0
    private let file: String

    /// Parses one file's text.
    static func scenarios(in text: String, file: String) -> [GherkinScenario] {
        var parser = GherkinParser(lines: text.split(separator: "\n", omittingEmptySubsequences: false), file: file)
        return parser.parse()
    }

    private init(lines: [Substring], file: String) {
        self.lines = lines
        self.file = file
    }

    private mutating func parse() -> [GherkinScenario] {
        var feature = ""
        var background: [GherkinStep] = []
        var scenarios: [GherkinScenario] = []
        while let line = nextMeaningfulLine() {
            if let title = line.after("Feature:") {
                feature = String(title.split(separator: " ").first ?? "")
            } else if line.after("Background:") != nil {
                background = readSteps()
            } else if let title = line.after("Scenario Outline:") ?? line.after("Scenario Template:") {
                let steps = background + readSteps()
                for (number, row) in readExamples().enumerated() {
                    scenarios.append(GherkinScenario(feature: feature, file: file, name: "\(feature) \(title) #\(number + 1)",
                                                     steps: steps.map { $0.filling(row) }))
                }
            } else if let title = line.after("Scenario:") {
                scenarios.append(GherkinScenario(feature: feature, file: file, name: "\(feature) \(title)",
                                                 steps: background + readSteps()))
            }
        }
        return scenarios
    }

    /// The next line that is not blank, a comment or a tag, trimmed; nil at the end.
    private mutating func nextMeaningfulLine() -> String? {
        while index < lines.count {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            index += 1
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("@") { continue }
            return line
        }
        return nil
    }

    private func peek() -> String? {
        var probe = index
        while probe < lines.count {
            let line = lines[probe].trimmingCharacters(in: .whitespaces)
            if !(line.isEmpty || line.hasPrefix("#") || line.hasPrefix("@")) { return line }
            probe += 1
        }
        return nil
    }

    private static let stepKeywords = ["Given ", "When ", "Then ", "And ", "But "]

    private mutating func readSteps() -> [GherkinStep] {
        var steps: [GherkinStep] = []
        while let line = peek(), let keyword = Self.stepKeywords.first(where: { line.hasPrefix($0) }) {
            _ = nextMeaningfulLine()
            let resolved = ["And ", "But "].contains(keyword) ? (steps.last?.keyword ?? "Given") : String(keyword.dropLast())
            var step = GherkinStep(keyword: resolved, text: String(line.dropFirst(keyword.count)).trimmingCharacters(in: .whitespaces))
            if peek() == "\"\"\"" { step.docString = readDocString() }
            step.table = readTable()
            steps.append(step)
        }
        return steps
    }

    private mutating func readDocString() -> String {
        let opening = lines[index].prefix { $0 == " " }.count
        index += 1
        var body: [String] = []
        while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces) != "\"\"\"" {
            let line = lines[index]
            let indent = min(opening, line.prefix { $0 == " " }.count)
            body.append(String(line.dropFirst(indent)))
            index += 1
        }
        index += 1
        return body.joined(separator: "\n")
    }

    private mutating func readTable() -> [[String]] {
        var rows: [[String]] = []
        while let line = peek(), line.hasPrefix("|") {
            _ = nextMeaningfulLine()
            rows.append(TableCells.split(line))
        }
        return rows
    }

    /// The rows of the `Examples:` tables after an outline, each as placeholder → value.
    private mutating func readExamples() -> [[String: String]] {
        var rows: [[String: String]] = []
        while let line = peek(), line.hasPrefix("Examples:") {
            _ = nextMeaningfulLine()
            let table = readTable()
            guard let header = table.first else { continue }
            for row in table.dropFirst() {
                rows.append(Dictionary(zip(header, row), uniquingKeysWith: { first, _ in first }))
            }
        }
        return rows
    }
}

private extension String {
    func after(_ prefix: String) -> String? {
        hasPrefix(prefix) ? dropFirst(prefix.count).trimmingCharacters(in: .whitespaces) : nil
    }
}

private extension GherkinStep {
    /// The step with `<name>` replaced by the example row's value, in its text, doc string and table.
    func filling(_ row: [String: String]) -> GherkinStep {
        func fill(_ text: String) -> String {
            row.reduce(text) { $0.replacingOccurrences(of: "<\($1.key)>", with: $1.value) }
        }
        return GherkinStep(keyword: keyword, text: fill(text), docString: docString.map(fill), table: table.map { $0.map(fill) })
    }
}
