import GraphModel
import GraphStore

/// Which measurements disappear into edges, labels and group nodes when figures are folded or grouped,
/// and what they become.
///
/// Folding by entity: a measurement is about its dimension entities (partner, region, product ...), or,
/// with none, about its reporter. Counting only those drawn: with two, it becomes a labelled edge between
/// them; with one, a line in that entity's label; with none or more than two, it stays a node, since no edge
/// could say it. Grouping by period or metric: the first measurement of each group stands for the group,
/// listing every member, linked to every entity a member is linked to.
struct FoldPlan {
    /// A measurement drawn as an edge between two entities.
    struct Edge {
        let from: NodeID
        let to: NodeID
        let text: String
    }

    /// A relationship of a group's member drawn from the node that stands for the group.
    struct Link: Hashable {
        let from: NodeID
        let type: String
        let to: NodeID
    }

    /// The dimension relationship types, in the order a folded edge runs (partner → product).
    static let dimensionTypes = Dimension.relationshipTypes

    private(set) var folded: Set<NodeID> = []
    private(set) var records: [NodeID: [String]] = [:]
    private(set) var edges: [Edge] = []
    /// The heading of a node that stands for a group (`2025`, `share`).
    private(set) var headings: [NodeID: String] = [:]
    private(set) var links: [Link] = []
    /// What the legend says was grouped, if anything was.
    private(set) var legend: String?

    /// Folds nothing.
    init() {}

    /// Folds or groups the measurements of the subgraph, taken in `order`.
    init(_ subgraph: Subgraph, order: [NodeID], text: NodeText, store: GraphStore, grouping: FigureGrouping) {
        var targets: [NodeID: [(type: String, target: NodeID)]] = [:]
        for relationship in subgraph.relationships {
            targets[store.source(of: relationship), default: []].append((store.type(of: relationship), store.target(of: relationship)))
        }
        let measurements = order.filter(text.isMeasurement)
        switch grouping {
        case .entity:
            for measurement in measurements { fold(measurement, subjects: Self.subjects(targets[measurement] ?? []), text: text) }
        case .period, .metric:
            group(measurements, by: grouping.rawValue, targets: targets, text: text, store: store)
        }
        let count = folded.count + headings.count
        guard count > 0 else { return }
        legend = grouping.legend(figures: count, groups: headings.count)
        headings = headings.reduce(into: [:]) { headings, group in
            let size = records[group.key]?.count ?? 0
            headings[group.key] = "\(group.value) · \(size) \(size == 1 ? "figure" : "figures")"
        }
        records = records.mapValues(Self.counted)
    }

    private mutating func fold(_ measurement: NodeID, subjects: [NodeID], text: NodeText) {
        switch subjects.count {
        case 1: records[subjects[0], default: []].append(text.inline(of: measurement))
        case 2: edges.append(Edge(from: subjects[0], to: subjects[1], text: text.inline(of: measurement)))
        default: return
        }
        folded.insert(measurement)
    }

    private mutating func group(_ measurements: [NodeID], by key: String, targets: [NodeID: [(type: String, target: NodeID)]],
                                text: NodeText, store: GraphStore) {
        var representative: [String: NodeID] = [:]
        var drawn: Set<Link> = []
        for measurement in measurements {
            let name = store.property(key, of: measurement).stringValue ?? "(no \(key))"
            let head = representative[name] ?? measurement
            if head == measurement { representative[name] = measurement; headings[measurement] = name } else { folded.insert(measurement) }
            records[head, default: []].append(text.inline(of: measurement))
            for link in targets[measurement] ?? [] where !text.isMeasurement(link.target) {
                let edge = Link(from: head, type: link.type, to: link.target)
                if drawn.insert(edge).inserted, head != measurement { links.append(edge) }
            }
        }
    }

    /// Lines in their order, a line stated more than once (by two sources) kept once with its count.
    private static func counted(_ lines: [String]) -> [String] {
        var counts: [String: Int] = [:], order: [String] = []
        for line in lines {
            if counts[line] == nil { order.append(line) }
            counts[line, default: 0] += 1
        }
        return order.map { counts[$0]! > 1 ? "\($0) (×\(counts[$0]!))" : $0 }
    }

    private static func subjects(_ links: [(type: String, target: NodeID)]) -> [NodeID] {
        var dimensions: [NodeID] = []
        for type in dimensionTypes {
            for link in links where link.type == type && !dimensions.contains(link.target) { dimensions.append(link.target) }
        }
        return dimensions.isEmpty ? links.filter { $0.type == "REPORTER" }.map(\.target) : dimensions
    }
}
