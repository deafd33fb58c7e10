import GraphModel
import GraphStore

/// DOT node ids: the graph's own `id` (`eu`, `fy25en-l44-1`) where it has one, so files read and diff
/// well; the store's number otherwise. Ids are unique within one file whatever the graph holds.
struct NodeNames {
    private var used: Set<String> = []
    private var names: [NodeID: String] = [:]

    /// Names the nodes, in order, so that the same subgraph always gets the same names.
    init(_ nodes: [NodeID], in store: GraphStore) {
        for node in nodes {
            let own = store.property("id", of: node).stringValue ?? "#\(node.index)"
            names[node] = claim(own, fallback: "#\(node.index)")
        }
    }

    /// The id of a named node.
    subscript(node: NodeID) -> String {
        names[node] ?? "#\(node.index)"
    }

    /// Reserves a name for something that is no graph node (a legend entry), unique like the others.
    mutating func claim(_ wanted: String, fallback: String) -> String {
        var name = wanted
        while used.contains(name) { name += fallback }
        used.insert(name)
        return name
    }
}
