import GraphModel
import GraphStore

extension TCKValue {
    /// A result value as the TCK sees it: elements by labels, type and properties, looked up in the store.
    init(_ value: Value, in store: GraphStore) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .int(let number): self = .int(number)
        case .float(let number): self = .float(number)
        case .string(let text): self = .string(text)
        case .list(let items): self = .list(items.map { TCKValue($0, in: store) })
        case .map(let map): self = .map(map.mapValues { TCKValue($0, in: store) })
        case .node(let node): self = Self.node(node, in: store)
        case .relationship(let relationship): self = Self.relationship(relationship, in: store)
        case .path(let path):
            let steps = zip(path.relationships, path.nodes).map { relationship, from in
                PathStep(relationship: Self.relationship(relationship, in: store), forward: store.source(of: relationship) == from)
            }
            self = .path(nodes: path.nodes.map { Self.node($0, in: store) }, steps: steps)
        }
    }

    private static func node(_ node: NodeID, in store: GraphStore) -> TCKValue {
        .node(labels: Set(store.labels(of: node)), properties: properties(store.properties(of: node), in: store))
    }

    private static func relationship(_ relationship: RelationshipID, in store: GraphStore) -> TCKValue {
        .relationship(type: store.type(of: relationship), properties: properties(store.properties(of: relationship), in: store))
    }

    private static func properties(_ pairs: [(key: String, value: Value)], in store: GraphStore) -> [String: TCKValue] {
        Dictionary(pairs.filter { !$0.value.isNull }.map { ($0.key, TCKValue($0.value, in: store)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The value as a `$parameter`: literals only, since a parameter cannot hold a graph element.
    var parameter: Value? {
        switch self {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .int(number)
        case .float(let number): return .float(number)
        case .string(let text): return .string(text)
        case .list(let items):
            let values = items.compactMap(\.parameter)
            return values.count == items.count ? .list(values) : nil
        case .map(let map):
            let values = map.compactMapValues(\.parameter)
            return values.count == map.count ? .map(values) : nil
        case .node, .relationship, .path: return nil
        }
    }
}
