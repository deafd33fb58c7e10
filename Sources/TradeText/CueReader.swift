/// Finds the cue words of a lexicon in text. The lexicon's phrases of every kind go into one matcher, so the
/// longest phrase wins across kinds too ("percentage points" is one metric cue, not "points" after a word).
public struct CueReader: Sendable {
    /// Kinds whose phrases say something about a name they hold: "outbound duty-free purchases" (`extract-no-flow`)
    /// names no flow though "outbound duty-free" is a policy's name. A unit such as "US dollars" holds a name too,
    /// but is read by the number reader, not here.
    public static let phraseKindsHoldingNames: Set<String> = ["extract-no-flow"]

    /// The kind of flow words, which are read at the end of a name too.
    public static let flowKind = "flow"

    private let matcher: PhraseMatcher<LexiconEntry>

    /// A reader over the entries of `lexicon` whose kind is in `kinds`, or of every kind.
    public init(lexicon: Lexicon, kinds: Set<String>? = nil) {
        let entries = kinds.map { lexicon.phrases(kinds: $0) } ?? lexicon.entries
        matcher = PhraseMatcher(entries.map { ($0.phrase, $0) })
    }

    /// Every cue in `text`, left to right, skipping any that overlaps one of `taken` (entity names) unless it
    /// names a period ("the 14th Five-Year Plan" is a policy and a span of years at once), is of a kind whose
    /// phrases are about a name (`phraseKindsHoldingNames`) and holds the whole name and more, or is a flow word
    /// that ends the name.
    public func cues(in text: NormalizedText, outside taken: [Range<Int>] = []) -> [Cue] {
        matcher.matches(in: text).flatMap { match -> [Cue] in
            let inName = taken.contains { $0.overlaps(match.range) }
            let holdsName = taken.contains { name in
                match.range.count > name.count && match.range.clamped(to: name) == name
            }
            // "zero-tariff imports", "high-tech imports": a flow word that ends a name still says the flow.
            let endsName = taken.contains { $0.upperBound == match.range.upperBound && $0.lowerBound < match.range.lowerBound }
            return match.payload.uniqued(by: \.kind)
                .filter { !inName || $0.kind.hasPrefix("period-") || holdsName && Self.phraseKindsHoldingNames.contains($0.kind)
                    || endsName && $0.kind == Self.flowKind }
                .map { Cue(kind: $0.kind, meaning: $0.meaning, text: text.text(match.range), range: match.range) }
        }
    }
}
