import GraphModel
import GraphStore

/// One readable statement of a figure, built from its measurement's fields and dimensions: "China's exports
/// to ASEAN grew 8.0% year on year in 2025-Q1", "2025年一季度我国对东盟出口同比增长8.0%". A figure quoted
/// without what it is about is the likeliest misquote (the EU's "7.1%" that is private enterprises' trade with
/// the EU), so the statement names every dimension, the reporter when it is not China, the qualifier of the
/// amount, and what the figure counts when the row's note says so. `fmt.figure(m)` returns it in queries;
/// higher stages (`ask`, `:describe`) build it from a store and a node.
public struct FigureStatement: Sendable, CustomStringConvertible {
    /// The statement, one sentence without a final full stop.
    public let text: String

    /// States a measurement; `nil` when the node is no `Measurement` with a numeric value.
    public init?(measurement: NodeID, store: GraphStore, language: FigureLanguage = .en) {
        guard let facts = FigureFacts(measurement: measurement, store: store) else { return nil }
        self.init(facts: facts, store: store, language: language)
    }

    init(facts: FigureFacts, store: GraphStore, language: FigureLanguage) {
        let subject = FigureSubject(facts: facts, store: store, language: language)
        let table = language == .zh ? FigureWords.chinese : FigureWords.english
        let templates = table[facts.metric]
        let falls = facts.value < 0 && templates?.fall != nil
        let template = (falls ? templates?.fall : templates?.rise)
            ?? (language == .zh ? FigureWords.otherMetric.chinese : FigureWords.otherMetric.english)
        let amount = templates?.fall == nil ? facts.amount(in: language) : facts.amount(in: language, signed: false, magnitude: true)
        let parsed = try? Period(parsing: facts.period)
        let period = language == .zh ? (parsed?.chinese ?? facts.period) : (parsed?.english ?? "in \(facts.period)")
        var text = template.replacing("{s}", with: subject.text).replacing("{a}", with: amount)
            .replacing("{p}", with: period).replacing("{m}", with: facts.metric)
        if language == .en, let first = text.first { text = first.uppercased() + text.dropFirst() }
        if let reported = subject.reportedBy { text += language == .zh ? "（\(reported)统计）" : " (reported by \(reported))" }
        if let counted = facts.countedThing, !facts.isRepeated(counted, in: text, store: store) {
            text += language == .zh ? "（\(counted)）" : " (\(counted))"
        }
        self.text = text
    }

    /// The statement.
    public var description: String { text }

    /// A measurement's amount as `fmt.amount(m)` writes it (`about 7.55 trillion yuan`, `+8.0%`); `nil` when
    /// the node is no `Measurement` with a numeric value.
    public static func amount(of measurement: NodeID, store: GraphStore, language: FigureLanguage = .en) -> String? {
        FigureFacts(measurement: measurement, store: store)?.amount(in: language)
    }
}
