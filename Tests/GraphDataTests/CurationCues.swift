import Foundation

/// The cue words of the curation rules, read from `Graph/curation-cues.tsv` so that a reviewer sees and
/// extends the lists in one data file: which words mark a rate, an N-fold increase, a world ranking or a
/// threshold, and which metrics say what a row counts without a note.
struct CurationCues {
    /// Rule name → its cues, in file order.
    private let cues: [String: [String]]
    /// Rule name → cue → what the file says it means (`number-word`: the number).
    private let readings: [String: [String: String]]

    /// Reads the bundled cue file.
    static func bundled() throws -> CurationCues {
        try CurationCues(text: String(contentsOf: BundledGraph.folder.appendingPathComponent("curation-cues.tsv"), encoding: .utf8))
    }

    /// Parses `rule<TAB>cue<TAB>reading` lines; `#` starts a comment line.
    init(text: String) throws {
        var cues: [String: [String]] = [:], readings: [String: [String: String]] = [:]
        for (number, line) in text.components(separatedBy: "\n").enumerated() where !line.isEmpty && !line.hasPrefix("#") {
            let fields = line.components(separatedBy: "\t")
            guard fields.count == 3, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw GraphDataError("curation-cues.tsv:\(number + 1): expected rule, cue and reading separated by tabs")
            }
            cues[fields[0], default: []].append(fields[1])
            readings[fields[0], default: [:]][fields[1]] = fields[2]
        }
        self.cues = cues
        self.readings = readings
    }

    /// The cues of a rule.
    func words(_ rule: String) -> [String] { cues[rule] ?? [] }

    /// Whether the text holds one of the rule's cues: ASCII cues as whole words ignoring case, others anywhere.
    func mentions(_ rule: String, in text: String, except exceptions: String? = nil) -> Bool {
        var text = text.lowercased()
        for phrase in exceptions.map(words) ?? [] { text = text.replacingOccurrences(of: phrase.lowercased(), with: " ") }
        return words(rule).contains { cue in
            guard cue.allSatisfy(\.isASCII) else { return text.contains(cue) }
            let pattern = "\\b" + NSRegularExpression.escapedPattern(for: cue.lowercased()) + "\\b"
            return text.range(of: pattern, options: .regularExpression) != nil
        }
    }

    /// The N of an N-fold increase the text states (`3.5-fold increase`, `fourfold increase`, 增长3.5倍).
    func foldMultiple(in text: String) -> Double? {
        for pattern in words("fold") {
            guard let expression = try? NSRegularExpression(pattern: pattern, options: .caseInsensitive),
                  let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                  let range = Range(match.range(at: 1), in: text) else { continue }
            let number = text[range].lowercased()
            if let value = Double(number) ?? readings["number-word"]?[number].flatMap(Double.init) { return value }
        }
        return nil
    }
}
