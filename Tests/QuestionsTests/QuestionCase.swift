import Foundation

/// One row of the question set.
struct QuestionCase {
    let id: String
    let language: String
    let text: String
    /// The ids any of which is a right first answer; empty when the graph has no answer.
    let expected: Set<String>

    static func load(_ url: URL) throws -> [QuestionCase] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4 else { return nil }
            let expected = fields[3] == "-" ? [] : Set(fields[3].split(separator: "|").map(String.init))
            return QuestionCase(id: fields[0], language: fields[1], text: fields[2], expected: expected)
        }
    }
}
