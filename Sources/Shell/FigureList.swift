import GraphModel
import GraphStore

/// The figures about one entity, as `:describe` lists them: grouped by metric and flow, each group in period
/// order, each figure with its human amount (`about 7.55 trillion yuan`, `+8.0%`), what else it is broken
/// down by, its source and line, who stated it, and its note. China's own figures come first; figures that
/// others report (the EU's, the US's, the WTO's statistics) are listed apart, since they are not China's
/// customs statistics and are easily quoted as if they were.
///
/// A figure is about the entity when the entity is one of its dimensions, or when the entity reports it and
/// it has no dimension (the entity's own totals: China's national figures).
struct FigureList {
    let entity: NodeID
    let store: GraphStore
    /// The measurements about the entity, unordered.
    let measurements: [NodeID]

    /// Collects the figures about an entity.
    init(entity: NodeID, store: GraphStore) {
        self.entity = entity
        self.store = store
        let dimensions = Dimension.relationshipTypes
        let linked = store.relationships(of: entity, direction: .incoming).filter { relationship in
            let measurement = store.source(of: relationship)
            guard store.hasLabel(measurement, "Measurement") else { return false }
            let type = store.type(of: relationship)
            return dimensions.contains(type)
                || (type == "REPORTER" && store.relationships(of: measurement, direction: .outgoing, types: dimensions).isEmpty)
        }
        measurements = Array(Set(linked.map(store.source(of:))))
    }

    /// The figures, split into China's own and those reported by others.
    var figures: (own: [FigureLine], others: [FigureLine]) {
        let all = measurements.map { FigureLine(measurement: $0, about: entity, store: store) }
        return (all.filter { !$0.reportedByOthers }, all.filter(\.reportedByOthers))
    }

    /// Group headings and figure lines of some figures, wrapped to `width` cells.
    static func lines(of figures: [FigureLine], width: Int) -> [String] {
        let periodWidth = figures.map { CardLayout.cells($0.period) }.max() ?? 0
        let amountWidth = min(26, figures.map { CardLayout.cells($0.amount) }.max() ?? 0)
        let groups = Dictionary(grouping: figures, by: \.group)
        return groups.keys.sorted().flatMap { group in
            let sorted = (groups[group] ?? []).sorted(by: FigureLine.inTimeOrder)
            return ["  " + group.title] + sorted.flatMap { $0.lines(periodWidth: periodWidth, amountWidth: amountWidth, width: width) }
        }
    }
}
