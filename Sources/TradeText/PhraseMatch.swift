/// A phrase found in a text: where (character offsets of `NormalizedText`) and what it stands for.
public struct PhraseMatch<Payload: Sendable>: Sendable {
    /// Character offsets in the text.
    public let range: Range<Int>
    /// What the phrase stands for.
    public let payload: Payload
}
