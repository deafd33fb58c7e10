/// One line of a cue-word file: a phrase people write and what it says about a figure.
public struct LexiconEntry: Hashable, Sendable {
    /// The kind of cue (`flow`, `metric`, `period-part`, ...), as the file's first column names it.
    public let kind: String
    /// The phrase as written in the file; matched case-insensitively after `NormalizedText` folding.
    public let phrase: String
    /// What the phrase stands for (`export`, `yoy_growth`, `Q1`, `-1`); empty for stop words.
    public let meaning: String
    /// Where the line is, for messages about the file.
    public let file: String
    /// 1-based line number in `file`.
    public let line: Int

    /// An entry read from `file` at `line`.
    public init(kind: String, phrase: String, meaning: String, file: String, line: Int) {
        self.kind = kind
        self.phrase = phrase
        self.meaning = meaning
        self.file = file
        self.line = line
    }
}
