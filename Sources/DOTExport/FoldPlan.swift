import GraphModel
import GraphStore

/// Which measurements disappear into edges and labels when measurements are folded, and what they become.
///
/// A measurement is about its dimension entities (partner, region, product ...), or, with none, about its
/// reporter. Counting only those drawn: with two, it becomes a labelled edge between them; with one, a line
/// in that entity's label; with none or more than two, it stays a node, since no edge could say it.
struct FoldPlan {
    /// A measurement drawn as an edge between two entities.
    struct Edge {
        let from: NodeID
        let to: NodeID
        let text: String
    }

    /// The dimension relationship types, in the order a folded edge runs (partner → product).
    static let dimensionTypes = Dimension.relationshipTypes

    private(set) var folded: Set<NodeID> = []
    private(set) var records: [NodeID: [String]] = [:]
    private(set) var edges: [Edge] = []

    /// Folds nothing.
    init() {}

    /// Folds the measurements of the subgraph, taken in `order`.
    init(_ subgraph: Subgraph, order: [NodeID], text: NodeText, store: GraphStore) {
        var links: [NodeID: [(type: String, target: NodeID)]] = [:]
        for relationship in subgraph.relationships {
            links[store.source(of: relationship), default: []].append((store.type(of: relationship), store.target(of: relationship)))
        }
        for measurement in order where text.isMeasurement(measurement) {
            fold(measurement, subjects: Self.subjects(links[measurement] ?? []), text: text)
        }
    }

    private mutating func fold(_ measurement: NodeID, subjects: [NodeID], text: NodeText) {
        switch subjects.count {
        case 1: records[subjects[0], default: []].append(text.inline(of: measurement))
        case 2: edges.append(Edge(from: subjects[0], to: subjects[1], text: text.inline(of: measurement)))
        default: return
        }
        folded.insert(measurement)
    }

    private static func subjects(_ links: [(type: String, target: NodeID)]) -> [NodeID] {
        var dimensions: [NodeID] = []
        for type in dimensionTypes {
            for link in links where link.type == type && !dimensions.contains(link.target) { dimensions.append(link.target) }
        }
        return dimensions.isEmpty ? links.filter { $0.type == "REPORTER" }.map(\.target) : dimensions
    }
}
