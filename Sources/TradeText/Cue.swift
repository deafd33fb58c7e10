/// A cue word found in a text: its kind and meaning from the lexicon, and where it stands.
public struct Cue: Hashable, Sendable {
    /// The lexicon kind (`flow`, `metric`, `metric-weak`, `period-part`, ...).
    public let kind: String
    /// What it stands for (`export`, `yoy_growth`, `Q1`).
    public let meaning: String
    /// The text as written.
    public let text: String
    /// Character offsets in the text that was read.
    public let range: Range<Int>
}
