import GraphModel
import TradeText

/// Turns a reading of a question into an interpretation: which entities, flows, metrics and periods it asks
/// for. China itself is the reporter of the national figures, not a dimension, so naming it narrows nothing.
struct QuestionReader {
    /// Metrics that answer a question asking for another metric nearly as well (a growth question may be
    /// answered by an average annual growth).
    static let related: [String: [String]] = [
        "yoy_growth": ["growth", "avg_annual_growth", "count_growth", "quantity_growth", "mom_growth", "price_change"],
        "share": ["share_change", "contribution_rate"],
        "share_change": ["contribution", "growth_change", "share"],
        "count": ["count_change", "count_growth", "average_count"],
        "value": ["average_value", "quantity"],
        "average_value": ["average_count", "value"],
        "threshold": ["value"],
        "duration": ["duration_change"],
        "contribution": ["contribution_rate", "share_change"],
        "rank": ["share"],
        "quantity": ["quantity_growth"],
    ]

    let reader: TradeTextReader

    /// A name close enough to a word not understood to be its misspelling: one edit for a short word, two for a
    /// long one, so that "chips" is not taken for "China".
    static func suggestion(for word: String, among names: [String]) -> String? {
        guard word.count >= 5, let name = Suggestion.closest(to: word, among: names) else { return nil }
        let limit = word.count >= 8 ? 2 : 1
        return Suggestion.editDistance(Array(word.lowercased()), Array(name.lowercased()), limit: limit) <= limit ? name : nil
    }

    /// The words compared with evidence and notes: those no facet explains, and the words of a streak
    /// ("consecutive", 连续), since notes say what a count of periods counts. Numbers are left out: measured on
    /// the question set, "1 trillion" matched more restatements than answers.
    static func searchWords(unknown: [String], reading: TextReading) -> [String] {
        unknown.flatMap(TextTokens.words) + reading.cues(kind: "streak").flatMap { TextTokens.words(of: $0.text) }
    }

    func interpret(_ question: String, reference: PeriodReference) -> Interpretation {
        let reading = reader.read(question, reference: reference)
        let entities = Dictionary(grouping: reading.entities.filter { $0.id != "china" }, by: \.range)
            .sorted { $0.key.lowerBound < $1.key.lowerBound }.map(\.value)
            .uniqued(by: { Set($0.map(\.node)) })
        let flows = reading.cues(kind: "flow").compactMap { Flow(rawValue: $0.meaning) }.uniqued()
        let strong = reading.cues(kind: "metric").map(\.meaning).uniqued()
        let weak = reading.cues(kind: "metric-weak").map(\.meaning).uniqued()
        let metrics = MetricChoice(named: strong, guessed: weak, reading: reading).metrics
        let stops = Set(reader.lexicon.phrases(kind: "stop").map { $0.phrase.lowercased() })
        let unknown = reading.unknownWords.filter { !stops.contains($0) }
        return Interpretation(
            entities: entities, flows: flows, metrics: metrics,
            metricIsGuessed: strong.isEmpty && reading.cues(kind: "streak").isEmpty, periods: reading.periods,
            units: reading.cues(kind: "number-unit").map(\.meaning).filter { !["percent", "pp"].contains($0) }.uniqued(),
            asksForReporter: !reading.cues(kind: "reporter").isEmpty,
            unknownWords: unknown.map { ($0, Self.suggestion(for: $0, among: reader.gazetteer.names)) },
            searchWords: Self.searchWords(unknown: unknown, reading: reading))
    }
}
