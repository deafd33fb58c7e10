/// What a text says in the terms of trade statistics: the entities it names, its cue words, its periods, and
/// the words it has that none of them explain.
public struct TextReading: Sendable {
    /// The text, folded for matching.
    public let text: NormalizedText
    /// Entities named, left to right.
    public let entities: [EntityMention]
    /// Cue words outside entity names, left to right.
    public let cues: [Cue]
    /// Periods named.
    public let periods: [PeriodMention]
    /// Words that are neither names, cues, periods, numbers nor stop words.
    public let unknownWords: [String]

    /// The cues of one kind.
    public func cues(kind: String) -> [Cue] {
        cues.filter { $0.kind == kind }
    }

    /// The same reading without the cues of `kind` that lie inside a cue of kind `mask`: "purchases" is a flow
    /// word, but not inside "duty-free purchases".
    public func dropping(_ kind: String, inside mask: String) -> TextReading {
        let masks = cues(kind: mask).map(\.range)
        let kept = cues.filter { cue in cue.kind != kind || !masks.contains { $0.overlaps(cue.range) } }
        return TextReading(text: text, entities: entities, cues: kept, periods: periods, unknownWords: unknownWords)
    }
}
