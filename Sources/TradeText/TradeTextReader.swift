/// Reads trade text — a question or a document's sentence — into entities, cues and periods: one set of
/// recognisers for every use, so that a question and a briefing are understood by the same rules.
public struct TradeTextReader: Sendable {
    /// The cue words.
    public let lexicon: Lexicon
    /// The graph's names.
    public let gazetteer: Gazetteer
    private let cueReader: CueReader
    private let periodReader = PeriodReader()

    /// A reader with the cue words of `lexicon` and the names of `gazetteer`.
    public init(lexicon: Lexicon, gazetteer: Gazetteer) {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        cueReader = CueReader(lexicon: lexicon)
    }

    /// Reads `text`; relative and incomplete periods are resolved against `reference`.
    public func read(_ text: String, reference: PeriodReference) -> TextReading {
        let normalized = NormalizedText(text)
        let entities = gazetteer.mentions(in: normalized)
        let cues = cueReader.cues(in: normalized, outside: entities.map(\.range))
        let periods = periodReader.periods(in: normalized, cues: cues, reference: reference)
        // Words of the number and extraction kinds say how a figure is written, not what it is about: they stay
        // words to look up ("What is China's population?").
        let facets = cues.filter { !$0.kind.hasPrefix("number-") && !$0.kind.hasPrefix("extract-") }
        let covered = entities.map(\.range) + facets.map(\.range) + periods.map(\.range)
        return TextReading(text: normalized, entities: entities, cues: cues, periods: periods,
                           unknownWords: WordSplitter.words(of: normalized, outside: covered))
    }
}
