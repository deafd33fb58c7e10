/// A cue-word file that cannot be used: missing, not UTF-8, or a line without a kind and a phrase.
public struct LexiconError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file's name.
    public let file: String
    /// 1-based line, or 0 when the whole file is at fault.
    public let line: Int
    /// What is wrong.
    public let reason: String

    /// An error at `file:line`.
    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `cues-en.tsv:12: expected kind<TAB>phrase[<TAB>meaning]`.
    public var description: String { line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)" }
}
