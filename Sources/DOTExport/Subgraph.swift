import GraphModel
import GraphStore
import QueryExecutor

/// The part of a graph to draw: node and relationship ids, each sorted by id and without duplicates, so that
/// the same query on the same graph always gives the same picture and the same file.
public struct Subgraph: Sendable, Equatable {
    /// The nodes, in id (creation) order.
    public let nodes: [NodeID]
    /// The relationships, in id (creation) order; both ends of each are in `nodes`.
    public let relationships: [RelationshipID]

    /// Collects nodes and relationships; a relationship brings its two end nodes, so no edge dangles.
    /// Elements deleted from the store are left out.
    public init(nodes: some Sequence<NodeID>, relationships: some Sequence<RelationshipID>, in store: GraphStore) {
        let liveRelationships = Set(relationships.filter { store.contains($0) })
        var liveNodes = Set(nodes.filter { store.contains($0) })
        for relationship in liveRelationships {
            liveNodes.insert(store.source(of: relationship))
            liveNodes.insert(store.target(of: relationship))
        }
        self.nodes = liveNodes.sorted()
        self.relationships = liveRelationships.sorted()
    }

    /// Whether there is nothing to draw.
    public var isEmpty: Bool { nodes.isEmpty }

    /// Every node and relationship a query's rows contain, also inside lists, maps and paths: what
    /// `:export dot FILE QUERY` draws.
    public static func of(_ result: QueryResult, in store: GraphStore) -> Subgraph {
        var nodes: [NodeID] = []
        var relationships: [RelationshipID] = []
        var pending = result.rows.flatMap { $0 }
        while let value = pending.popLast() {
            switch value {
            case .node(let node): nodes.append(node)
            case .relationship(let relationship): relationships.append(relationship)
            case .path(let path):
                nodes += path.nodes
                relationships += path.relationships
            case .list(let items): pending += items
            case .map(let entries): pending += entries.values
            case .null, .bool, .int, .float, .string: break
            }
        }
        return Subgraph(nodes: nodes, relationships: relationships, in: store)
    }

    /// The node and every node within `depth` hops of it, following relationships in both directions, with
    /// every relationship among those nodes: what `:export dot FILE --around NAME --depth N` draws. Measurements
    /// are nodes like any other, so depth 1 around a partner shows the figures about it.
    public static func around(_ node: NodeID, depth: Int, in store: GraphStore) -> Subgraph {
        guard store.contains(node) else { return Subgraph(nodes: [], relationships: [], in: store) }
        var reached: Set<NodeID> = [node]
        var frontier = [node]
        for _ in 0..<max(0, depth) where !frontier.isEmpty {
            frontier = frontier.flatMap { neighbours(of: $0, in: store) }.filter { reached.insert($0).inserted }
        }
        let relationships = reached.flatMap { store.relationships(of: $0, direction: .outgoing) }
            .filter { reached.contains(store.target(of: $0)) }
        return Subgraph(nodes: reached, relationships: relationships, in: store)
    }

    private static func neighbours(of node: NodeID, in store: GraphStore) -> [NodeID] {
        store.relationships(of: node, direction: .either).map {
            let source = store.source(of: $0)
            return source == node ? store.target(of: $0) : source
        }
    }
}
