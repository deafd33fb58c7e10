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
    /// phrases are about a name (`phraseKindsHoldingNames`) and holds the whole name, or is a flow word that ends
    /// the name.
    public func cues(in text: NormalizedText, outside taken: [Range<Int>] = []) -> [Cue] {
        matcher.matches(in: text).flatMap { match -> [Cue] in
            let kinds = match.payload.uniqued(by: \.kind)
            let named = taken.filter { $0.overlaps(match.range) }
            let kept = named.isEmpty ? kinds : kinds.filter { entry in
                entry.kind.hasPrefix("period-") || named.allSatisfy { name in Self.reads(entry.kind, at: match.range, over: name) }
            }
            return kept.map { Cue(kind: $0.kind, meaning: $0.meaning, text: text.text(match.range), range: match.range) }
        }
    }

    /// Whether a cue of `kind` at `range` is read though it overlaps the name at `name`: a phrase about names that
    /// holds the whole name ("offshore duty-free shopping" is a name and says no trade), or a flow word that ends the
    /// name ("zero-tariff imports", "high-tech imports").
    private static func reads(_ kind: String, at range: Range<Int>, over name: Range<Int>) -> Bool {
        let holdsName = range.clamped(to: name) == name
        let endsName = name.upperBound == range.upperBound && name.lowerBound < range.lowerBound
        return holdsName && phraseKindsHoldingNames.contains(kind) || endsName && kind == flowKind
    }
}
