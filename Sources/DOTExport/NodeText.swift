import GraphModel
import GraphStore

/// What a node says in a picture, and where it is listed: entity names (with the Chinese name beneath),
/// measurements as one compact line (`export · 2025 · 26.99 trillion yuan`).
struct NodeText {
    /// Where nodes sort: by label (legend order), then by what they show, then by id for ties.
    struct SortKey: Comparable {
        let rank: Int
        let text: String
        let index: Int32

        static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            (lhs.rank, lhs.text, lhs.index) < (rhs.rank, rhs.text, rhs.index)
        }
    }

    let store: GraphStore
    /// For each node, the nodes its drawn relationships lead to.
    private let linked: [NodeID: Set<NodeID>]

    /// Texts for the nodes of a subgraph, which decides what a measurement's own text must add.
    init(store: GraphStore, subgraph: Subgraph) {
        self.store = store
        var linked: [NodeID: Set<NodeID>] = [:]
        for relationship in subgraph.relationships {
            linked[store.source(of: relationship), default: []].insert(store.target(of: relationship))
        }
        self.linked = linked
    }

    /// The label a node is styled and grouped by: its best-known one; `""` for a node without labels.
    func primaryLabel(of node: NodeID) -> String {
        store.labels(of: node).min { (NodeStyle.rank(of: $0), $0) < (NodeStyle.rank(of: $1), $1) } ?? ""
    }

    /// Whether the node is a figure rather than an entity.
    func isMeasurement(_ node: NodeID) -> Bool {
        store.hasLabel(node, "Measurement")
    }

    /// The node's lines: a measurement's summary and context, or an entity's name and Chinese name.
    func lines(of node: NodeID) -> [String] {
        if isMeasurement(node) { return [summary(of: node)] + (context(of: node).map { [$0] } ?? []) }
        let title = title(of: node)
        guard let chinese = string("name_zh", of: node), chinese != title else { return [title] }
        return [title, chinese]
    }

    /// A measurement on one line, for an edge label or a line in an entity's label.
    func inline(of measurement: NodeID) -> String {
        summary(of: measurement) + (context(of: measurement).map { " (\($0))" } ?? "")
    }

    /// The order nodes are written in, so that files diff cleanly: measurements by metric, flow and period,
    /// so that comparable figures sit together; entities by name.
    func sortKey(of node: NodeID) -> SortKey {
        let text = isMeasurement(node)
            ? ["metric", "flow", "start", "end"].map { string($0, of: node) ?? "" }.joined(separator: " ") + " " + inline(of: node)
            : title(of: node)
        return SortKey(rank: NodeStyle.rank(of: primaryLabel(of: node)), text: text, index: node.index)
    }

    /// The names of the entities a measurement is broken down by that the picture does not link it to:
    /// without them, depth 1 around the EU would show eight identical `share · import · 2025 · over 40%`.
    func context(of measurement: NodeID) -> String? {
        let shown = linked[measurement] ?? []
        let names = store.relationships(of: measurement, direction: .outgoing, types: FoldPlan.dimensionTypes)
            .map { store.target(of: $0) }.filter { !shown.contains($0) }.map(title(of:))
        return names.isEmpty ? nil : names.joined(separator: ", ")
    }

    /// `yoy_growth · export · 2025 · +6.1%`: the metric unless it is a plain value, the flow, the period
    /// and the figure as a person reads it.
    func summary(of measurement: NodeID) -> String {
        let metric = string("metric", of: measurement)
        var parts = [metric == Metric.value.rawValue ? nil : metric,
                     string("flow", of: measurement), string("period", of: measurement)].compactMap { $0 }
        if let number = store.property("value", of: measurement).numericValue {
            parts.append(amount(number, of: measurement, metric: metric))
        }
        return parts.isEmpty ? title(of: measurement) : parts.joined(separator: " · ")
    }

    private func amount(_ number: Double, of measurement: NodeID, metric: String?) -> String {
        let unitText = string("unit", of: measurement) ?? ""
        let unit = Unit(rawValue: unitText)
        let amount = Amount(value: number, unit: unit,
                            approximation: string("approx", of: measurement).flatMap(Approximation.init(rawValue:)),
                            signed: metric.flatMap(Metric.init(rawValue:))?.isChange ?? false)
        return unit == nil && !unitText.isEmpty ? "\(amount) \(unitText)" : amount.description
    }

    /// The name a person knows the node by: `name`, a source's `title`, the `id`, or the label and number.
    func title(of node: NodeID) -> String {
        for key in ["name", "title", "id"] {
            if let text = string(key, of: node) { return text }
        }
        let label = primaryLabel(of: node)
        return (label.isEmpty ? "node" : label) + " #\(node.index)"
    }

    /// A property as text; `nil` when absent or empty, so that an empty flow leaves no gap (`count ·  · 2025`).
    private func string(_ key: String, of node: NodeID) -> String? {
        switch store.property(key, of: node) {
        case .null: return nil
        case .string(let text): return text.isEmpty ? nil : text
        case let other: return other.numericValue.map { Amount(value: $0, unit: nil).description }
        }
    }
}
