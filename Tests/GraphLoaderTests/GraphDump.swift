import GraphModel
import GraphStore

/// A store as text, one line per element, for comparing two stores that must be the same graph (bulk and
/// record-by-record reading, snapshot and CSV): the first differing line shows what differs.
enum GraphDump {
    /// Every node with its labels and properties, then every relationship, in id order.
    static func lines(of store: GraphStore) -> [String] {
        store.nodes.map { node in
            "\(node) \(store.labels(of: node)) \(store.properties(of: node).map { "\($0.key)=\($0.value)" }) "
                + "out \(store.relationships(of: node, direction: .outgoing)) in \(store.relationships(of: node, direction: .incoming))"
        } + store.relationships.map { relationship in
            "\(relationship) \(store.type(of: relationship)) \(store.source(of: relationship))->\(store.target(of: relationship)) "
                + "\(store.properties(of: relationship).map { "\($0.key)=\($0.value)" })"
        }
    }
}
