import GraphModel
import TradeText

/// What a question asks, in the graph's terms: the facets a figure must have to answer it.
public struct Interpretation: Sendable {
    /// Entities named, each a set of alternatives when one name stands for several entities.
    public let entities: [[EntityMention]]
    /// Flows asked for; empty when none is named.
    public let flows: [Flow]
    /// Metrics asked for, most specific first; empty when none is named.
    public let metrics: [String]
    /// The metric was only guessed from a question word ("how much", 多少), not named.
    public let metricIsGuessed: Bool
    /// Periods named.
    public let periods: [PeriodMention]
    /// The question counts periods in a row ("for how many consecutive quarters by Q1 2025"): the period named
    /// is where the run ends.
    public let countsPeriods: Bool
    /// Units of what is counted or paid ("how many people", "in dollars"): `people`, `USD`; percent and
    /// percentage points are left to the metric.
    public let units: [String]
    /// The question says the figures are someone else's statistics ("according to US data").
    public let asksForReporter: Bool
    /// The question ranks or shares against the whole world ("the world's largest", 全球份额): world statistics,
    /// which the graph has reported by the organisation that compiled them, not by China's customs.
    public let asksWorld: Bool
    /// The question asks which entity it is ("which partner ranked second", 哪个): the breakdown of a figure is
    /// its answer, not a facet the question left out.
    public let asksWhich: Bool
    /// The kinds of entity a "which" question asks for, as graph labels ("which country": `Partner`, 哪类产品:
    /// `Product`); empty when it names none ("which ranked first").
    public let whichLabels: Set<String>
    /// The question asks how things stand now ("currently", 目前): a figure stated as of a day answers first.
    public let asksNow: Bool
    /// The rank a question names ("second-largest", 第一大), which a rank figure's value should be.
    public let rank: Double?
    /// Amounts the question states ("top a trillion dollars", 超过6万亿元), in the graph's base units: a figure of
    /// that amount is likely the one asked about.
    public let amounts: [Amount]

    /// An amount in a question: its value and unit as the graph writes them.
    public struct Amount: Sendable, Equatable {
        public let value: Double
        public let unit: String
        /// Money, in yuan or dollars.
        public var isMoney: Bool { unit == Unit.cny.rawValue || unit == Unit.usd.rawValue }
    }
    /// Words no recogniser explained, with a suggestion from the graph's names where one is close.
    public let unknownWords: [(word: String, suggestion: String?)]
    /// The words no facet explains, which the ranking compares with each figure's evidence, note and names.
    public let searchWords: [String]

    /// Nothing was understood: no entity, flow, named metric or period.
    public var isEmpty: Bool { entities.isEmpty && flows.isEmpty && (metrics.isEmpty || metricIsGuessed) && periods.isEmpty }

    /// "European Union · total trade · growth y/y · 2025-Q1", with each inferred year explained.
    public var summary: String {
        var parts = entities.map { $0.map(\.name).uniqued().joined(separator: " or ") }
        if parts.isEmpty { parts.append("China (national total)") }
        parts.append(flows.isEmpty ? "any flow" : flows.map(MetricWords.flow).joined(separator: " or "))
        parts.append(metrics.isEmpty ? "value or growth" : metrics.prefix(1).map(MetricWords.metric).joined())
        parts.append(periods.isEmpty ? "any period" : periods.map(\.period.description).joined(separator: ", "))
        let inferred = periods.compactMap(\.inference)
        return parts.joined(separator: " · ") + (inferred.isEmpty ? "" : " (\(inferred.joined(separator: "; ")))")
    }
}

extension Sequence where Element: Hashable {
    func uniqued() -> [Element] { uniqued(by: { $0 }) }
}
