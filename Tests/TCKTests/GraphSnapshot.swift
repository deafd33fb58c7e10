import GraphModel
import GraphStore

/// What the TCK counts as a graph's state for `the side effects should be`: its nodes, relationships, the
/// label names in use and every (element, key, value) property. The side effects are the differences.
struct GraphSnapshot {
    private var nodes: Set<NodeID> = []
    private var relationships: Set<RelationshipID> = []
    private var labels: Set<String> = []
    private var properties: Set<String> = []

    /// Reads the store's state.
    init(_ store: GraphStore) {
        for node in store.nodes {
            nodes.insert(node)
            labels.formUnion(store.labels(of: node))
            for (key, value) in store.properties(of: node) where !value.isNull {
                properties.insert("n\(node)|\(key)|\(TCKValue(value, in: store))")
            }
        }
        for relationship in store.relationships {
            relationships.insert(relationship)
            for (key, value) in store.properties(of: relationship) where !value.isNull {
                properties.insert("r\(relationship)|\(key)|\(TCKValue(value, in: store))")
            }
        }
    }

    /// `+nodes`, `-properties` ... → count, leaving out those that are zero, as the TCK's tables do.
    func sideEffects(since before: GraphSnapshot) -> [String: Int] {
        var counts: [String: Int] = [:]
        func count<Item>(_ name: String, _ now: Set<Item>, _ then: Set<Item>) {
            counts["+" + name] = now.subtracting(then).count
            counts["-" + name] = then.subtracting(now).count
        }
        count("nodes", nodes, before.nodes)
        count("relationships", relationships, before.relationships)
        count("labels", labels, before.labels)
        count("properties", properties, before.properties)
        return counts.filter { $0.value != 0 }
    }
}
