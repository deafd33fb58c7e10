/// Reads trade text — a question or a document's sentence — into entities, cues and periods: one set of
/// recognisers for every use, so that a question and a briefing are understood by the same rules.
public struct TradeTextReader: Sendable {
    /// The cue words.
    public let lexicon: Lexicon
    /// The graph's names.
    public let gazetteer: Gazetteer
    private let cueReader: CueReader
    /// The kinds only extraction reads (`extract-…`), matched on their own so that a longer one of them never
    /// hides a facet's word from a question ("企业数量" holds the count word "数量").
    private let extractionCueReader: CueReader
    private let periodReader: PeriodReader

    /// The prefix of the kinds that only extraction reads.
    public static let extractionPrefix = "extract-"
    /// The prefix of the kinds that say how names are written (`name-head`, `name-short`, `name-last`): the
    /// gazetteer's knowledge, not words to read in text ("products" is no cue).
    public static let namePrefix = "name-"
    /// Kinds read only where a user of the reading looks for them (`which-noun` after a "which", the words
    /// `extract-period-link` between a figure and its period, the joining words `extract-figure-joiner`, the words
    /// between a whole and its parts `extract-spelling-word`, the words around a transport mode
    /// `extract-mode-before` and `-after`, and the gaps within periods of `PeriodGaps`), since as cues everywhere they would hide the words
    /// they are ("products", "国家", "in") from the other kinds and from search.
    public static let lookupKinds = Set(["which-noun", "extract-period-link", "extract-figure-joiner", "extract-spelling-word",
                                        "extract-mode-before", "extract-mode-after"]).union(PeriodGaps.kinds)

    /// A reader with the cue words of `lexicon` and the names of `gazetteer`.
    public init(lexicon: Lexicon, gazetteer: Gazetteer) {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        periodReader = PeriodReader(lexicon: lexicon)
        let kinds = Set(lexicon.entries.map(\.kind))
        cueReader = CueReader(lexicon: lexicon, kinds: kinds.filter { kind in
            !kind.hasPrefix(Self.extractionPrefix) && !kind.hasPrefix(Self.namePrefix) && !Self.lookupKinds.contains(kind)
        })
        extractionCueReader = CueReader(lexicon: lexicon, kinds: kinds.filter { kind in
            kind.hasPrefix(Self.extractionPrefix) && !Self.lookupKinds.contains(kind)
        })
    }

    /// Reads `text`; relative and incomplete periods are resolved against `reference`.
    public func read(_ text: String, reference: PeriodReference) -> TextReading {
        let normalized = NormalizedText(text)
        let entities = gazetteer.mentions(in: normalized)
        let cues = cueReader.cues(in: normalized, outside: entities.map(\.range))
        let periods = periodReader.periods(in: normalized, cues: cues, reference: reference)
        let covered = entities.map(\.range) + cues.map(\.range) + periods.map(\.range)
        let extraction = extractionCueReader.cues(in: normalized, outside: entities.map(\.range))
        return TextReading(text: normalized, entities: entities,
                           cues: (cues + extraction).sorted { $0.range.lowerBound < $1.range.lowerBound },
                           periods: periods, unknownWords: WordSplitter.words(of: normalized, outside: covered))
    }
}
