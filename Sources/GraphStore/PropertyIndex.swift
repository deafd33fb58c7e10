import GraphModel

/// Nodes of one label by the value of one property: what `MATCH (p:Partner {name: 'Japan'})` starts from.
///
/// Built on first use and dropped by any write to its label or key, so loading pays nothing for indexes no
/// query asks for, and a query never sees a stale one.
struct PropertyIndex {
    /// Which label and property key an index covers; `anyLabel` for an index over every node.
    struct Key: Hashable {
        let label: Int
        let key: Int
    }

    /// The label of an index over all nodes, whatever their labels.
    static let anyLabel = -1

    private(set) var nodes: [Value: [NodeID]] = [:]

    init(label: Int, key: Int, in store: GraphStore) {
        let candidates = label == Self.anyLabel ? Array(store.nodes) : Array(store.nodesByLabel[label])
        for node in candidates {
            let value = store.nodeColumns[key].value(at: Int(node.index), pool: store.pool)
            guard !value.isNull else { continue }
            nodes[Self.normalized(value), default: []].append(node)
        }
    }

    /// The nodes whose property equals the value.
    func lookup(_ value: Value) -> [NodeID] { nodes[Self.normalized(value)] ?? [] }

    /// openCypher compares 1 and 1.0 as equal, so whole floats index as integers.
    static func normalized(_ value: Value) -> Value {
        if case .float(let number) = value, number == number.rounded(), abs(number) < 9e15 { return .int(Int64(number)) }
        return value
    }
}

/// Entities by name, alias and Chinese name, case-insensitively: what `:describe` and `:search` look in.
struct NameIndex {
    /// The properties that name an entity.
    static let keys: Set<String> = ["name", "aliases", "name_zh"]

    private(set) var entries: [(folded: String, node: NodeID)] = []
    private var exact: [String: [NodeID]] = [:]

    init(store: GraphStore) {
        for node in store.nodes {
            for name in Self.names(of: node, in: store) {
                let folded = name.lowercased()
                entries.append((folded, node))
                if exact[folded]?.contains(node) != true { exact[folded, default: []].append(node) }
            }
        }
    }

    /// Nodes one of whose names equals the text, ignoring case.
    func nodes(named text: String) -> [NodeID] { exact[text.lowercased()] ?? [] }

    static func names(of node: NodeID, in store: GraphStore) -> [String] {
        var names: [String] = []
        for key in ["name", "name_zh", "aliases"] {
            switch store.property(key, of: node) {
            case .string(let text): names.append(text)
            case .list(let items): names += items.compactMap(\.stringValue)
            default: break
            }
        }
        return names
    }
}
