import GraphModel
import GraphStore

/// The figures about one entity, as `:describe` lists them: grouped by metric and flow, each group in period
/// order, each figure with its human amount (`about 7.55 trillion yuan`, `+8.0%`), what else it is broken
/// down by, its reporter when not China, its source and line, and who stated it.
///
/// A figure is about the entity when the entity is one of its dimensions, or when the entity reports it and
/// it has no dimension (the entity's own totals: China's national figures).
struct FigureList {
    /// The relationship types from a measurement to the entities it is broken down by.
    static let dimensionTypes = Dimension.relationshipTypes

    let entity: NodeID
    let store: GraphStore
    /// The measurements about the entity, unordered.
    let measurements: [NodeID]

    /// Collects the figures about an entity.
    init(entity: NodeID, store: GraphStore) {
        self.entity = entity
        self.store = store
        let linked = store.relationships(of: entity, direction: .incoming).filter { relationship in
            let measurement = store.source(of: relationship)
            guard store.hasLabel(measurement, "Measurement") else { return false }
            let type = store.type(of: relationship)
            return Self.dimensionTypes.contains(type)
                || (type == "REPORTER" && store.relationships(of: measurement, direction: .outgoing, types: Self.dimensionTypes).isEmpty)
        }
        measurements = Array(Set(linked.map(store.source(of:))))
    }

    /// Group headings and figure lines, wrapped to the card's width.
    var lines: [String] {
        let figures = measurements.map { Figure(measurement: $0, about: entity, store: store) }
        let periodWidth = figures.map { CardLayout.cells($0.period) }.max() ?? 0
        let amountWidth = min(26, figures.map { CardLayout.cells($0.amount) }.max() ?? 0)
        let groups = Dictionary(grouping: figures, by: \.group)
        return groups.keys.sorted().flatMap { group in
            let heading = "  " + group.title
            let sorted = (groups[group] ?? []).sorted(by: Figure.inTimeOrder)
            return [heading] + sorted.flatMap { $0.lines(periodWidth: periodWidth, amountWidth: amountWidth) }
        }
    }
}

/// One figure, ready to print.
private struct Figure {
    /// Metric and flow, ordered as the vocabularies declare them.
    struct Group: Hashable, Comparable {
        let metric: String
        let flow: String

        var title: String { flow.isEmpty ? metric : metric + " · " + flow }

        static func < (a: Group, b: Group) -> Bool { a.key < b.key }

        private var key: (Int, String, Int) {
            let metricIndex = Metric.words.firstIndex(of: metric) ?? Metric.words.count
            let flowIndex = Flow.words.firstIndex(of: flow) ?? Flow.words.count
            return (metricIndex, metric, flowIndex)
        }
    }

    let group: Group
    let period: String
    /// The parsed period, for time order; `nil` (sorted last) when it does not parse.
    let parsedPeriod: Period?
    let amount: String
    /// Other dimensions, reporter, source and line, speaker.
    let context: String

    init(measurement: NodeID, about entity: NodeID, store: GraphStore) {
        func text(_ key: String) -> String { store.property(key, of: measurement).stringValue ?? "" }
        func targets(_ types: [String]) -> [NodeID] {
            store.relationships(of: measurement, direction: .outgoing, types: types).map(store.target(of:))
        }
        group = Group(metric: text("metric"), flow: text("flow"))
        period = text("period")
        parsedPeriod = try? Period(parsing: period)
        amount = Self.amount(store.property("value", of: measurement), unit: text("unit"), metric: text("metric"),
                             approx: text("approx"))
        let others = targets(FigureList.dimensionTypes).filter { $0 != entity }.map { EntityName(node: $0, store: store).text }
        let reporters = targets(["REPORTER"]).filter { $0 != entity && store.property("id", of: $0).stringValue != "china" }
        var parts = others.isEmpty ? [] : [others.joined(separator: ", ")]
        parts += reporters.map { "reported by " + EntityName(node: $0, store: store).text }
        let line = store.property("line", of: measurement).numericValue.map { ":" + String(Int($0)) } ?? ""
        parts += targets(["SOURCE"]).map { (store.property("id", of: $0).stringValue ?? "?") + line }
        parts += targets(["SPOKEN_BY"]).map { EntityName(node: $0, store: store).text }
        context = parts.joined(separator: " · ")
    }

    /// Earlier periods first (a period that does not parse last), then by what else the figure is about.
    static func inTimeOrder(_ a: Figure, _ b: Figure) -> Bool {
        switch (a.parsedPeriod, b.parsedPeriod) {
        case let (x?, y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return (a.period, a.context) < (b.period, b.context)
        }
    }

    /// `    2025-Q1   about 1.71 trillion yuan   Electronics · q1-2025:30 · Wang Lingjun`, wrapped.
    func lines(periodWidth: Int, amountWidth: Int) -> [String] {
        let lead = "    " + CardLayout.pad(period, to: periodWidth) + "  " + CardLayout.pad(amount, to: amountWidth) + "  "
        let leadWidth = CardLayout.cells(lead)
        let indent = String(repeating: " ", count: leadWidth <= 48 ? leadWidth : 8)
        return CardLayout.wrap(context, first: lead, indent: indent).map { $0.replacing(/\s+$/, with: "") }
    }

    private static func amount(_ value: Value, unit: String, metric: String, approx: String) -> String {
        guard let number = value.numericValue else { return "?" }
        let known = Unit(rawValue: unit)
        let text = Amount(value: number, unit: known, approximation: Approximation(rawValue: approx),
                          signed: Metric(rawValue: metric)?.isChange ?? false).description
        return known == nil && !unit.isEmpty ? text + " " + unit : text
    }
}
