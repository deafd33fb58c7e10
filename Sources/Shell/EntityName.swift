import GraphModel
import GraphStore

/// How a node is named in the shell's own output: its `name`, else a source's `title`, else its `id`.
struct EntityName {
    let node: NodeID
    let store: GraphStore

    /// The display name.
    var text: String {
        for key in ["name", "title", "id"] {
            if let text = store.property(key, of: node).stringValue { return text }
        }
        return "#\(node)"
    }

    /// `Vietnam (Partner, id vietnam)`: enough to tell two entities of the same name apart.
    var withLabelAndID: String {
        let label = store.labels(of: node).joined(separator: ":")
        let id = store.property("id", of: node).stringValue.map { ", id " + $0 } ?? ""
        return "\(text) (\(label)\(id))"
    }
}
