import GraphModel

/// What the ranking needs of one measurement, read from the store once: its facets and its words.
struct CatalogFigure: Sendable {
    let node: NodeID
    let id: String
    let metric: String
    /// The unit as the data writes it (`CNY`, `enterprises`, `people/day`).
    let unit: String
    /// What the unit counts, without its "per ..." (`people` of `people/day`).
    var countedUnit: Substring { unit.prefix { $0 != "/" } }
    let flow: Flow?
    /// The amount, for the rank a question names.
    let value: Double?
    let firstDay: CalendarDay
    let lastDay: CalendarDay
    /// The entities it is broken down by (partner, region, product ...).
    let dimensions: [NodeID]
    /// Whose statistics these are, when not China's customs.
    let reporter: NodeID?
    /// Position of its source among the graph's sources, then its line: the order the documents state it.
    let sourceRank: Int
    let line: Int
}
