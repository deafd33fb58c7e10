import Foundation

/// Which TCK scenarios lie outside the subset of openCypher that TradeGraph implements, and why: read from
/// `scope.tsv`, one rule a line, `file PREFIX`, `scenario PREFIX` or `query REGEX`, a tab, and the reason.
struct TCKScope {
    /// One rule of the file.
    struct Rule {
        enum Match {
            case file(String)
            case scenario(String)
            case query(NSRegularExpression)
        }

        var match: Match
        var reason: String
        var line: Int
    }

    /// The rules in file order; the first that fits a scenario gives its reason.
    let rules: [Rule]

    /// Reads the rules; a malformed line is an error naming it.
    init(contentsOf path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var rules: [Rule] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3 else { throw ScopeError(line: number + 1, problem: "expected KIND<tab>PATTERN<tab>REASON") }
            let match: Rule.Match
            switch fields[0] {
            case "file": match = .file(fields[1])
            case "scenario": match = .scenario(fields[1])
            case "query":
                guard let regex = try? NSRegularExpression(pattern: fields[1]) else {
                    throw ScopeError(line: number + 1, problem: "bad regular expression \(fields[1])")
                }
                match = .query(regex)
            default: throw ScopeError(line: number + 1, problem: "unknown kind \(fields[0])")
            }
            rules.append(Rule(match: match, reason: fields[2], line: number + 1))
        }
        self.rules = rules
    }

    /// The rule that puts the scenario out of scope, or nil when it is in scope.
    func exclusion(of scenario: GherkinScenario) -> Rule? {
        let queries = scenario.steps.compactMap(\.docString).joined(separator: "\n")
        return rules.first { rule in
            switch rule.match {
            case .file(let prefix): return scenario.file.hasPrefix(prefix)
            case .scenario(let prefix): return scenario.name.hasPrefix(prefix)
            case .query(let regex):
                return regex.firstMatch(in: queries, range: NSRange(queries.startIndex..., in: queries)) != nil
            }
        }
    }
}

/// A line of `scope.tsv` that cannot be read.
struct ScopeError: Error, CustomStringConvertible {
    var line: Int
    var problem: String
    var description: String { "scope.tsv:\(line): \(problem)" }
}
