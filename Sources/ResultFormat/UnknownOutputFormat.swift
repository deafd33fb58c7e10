/// A format word that names no format. Its message lists the valid words, so the user can fix the command
/// without looking up the help.
public struct UnknownOutputFormat: Error, Equatable, Sendable, CustomStringConvertible {
    /// The word as typed.
    public let word: String

    /// Creates the error for a word.
    public init(word: String) { self.word = word }

    /// `unknown format 'xml'; expected one of table, csv, tsv, json, jsonl, markdown, vertical`.
    public var description: String {
        let valid = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
        return "unknown format '\(word)'; expected one of \(valid)"
    }
}
