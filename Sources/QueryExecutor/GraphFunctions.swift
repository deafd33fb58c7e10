import GraphModel
import GraphStore

/// Functions of nodes, relationships and paths.
enum GraphFunctions {
    static let all: [String: ScalarFunction] = [
        "id": .nullable(1...1) { a, _ throws(ScalarFunction.Failure) in
            switch a[0] {
            case .node(let node): return .int(Int64(node.index))
            case .relationship(let relationship): return .int(Int64(relationship.index))
            default: throw ScalarFunction.fail("id", expected: "a node or relationship", got: a[0])
            }
        },
        "elementid": .nullable(1...1) { a, _ throws(ScalarFunction.Failure) in
            switch a[0] {
            case .node(let node): return .string("n:\(node.index)")
            case .relationship(let relationship): return .string("r:\(relationship.index)")
            default: throw ScalarFunction.fail("elementId", expected: "a node or relationship", got: a[0])
            }
        },
        "labels": .nullable(1...1) { a, store throws(ScalarFunction.Failure) in
            guard case .node(let node) = a[0] else { throw ScalarFunction.fail("labels", expected: "a node", got: a[0]) }
            return .list(store.labels(of: node).map(Value.string))
        },
        "type": .nullable(1...1) { a, store throws(ScalarFunction.Failure) in
            guard case .relationship(let relationship) = a[0] else { throw ScalarFunction.fail("type", expected: "a relationship", got: a[0]) }
            return .string(store.type(of: relationship))
        },
        "properties": .nullable(1...1) { a, store throws(ScalarFunction.Failure) in
            switch a[0] {
            case .node(let node): return .map(Dictionary(uniqueKeysWithValues: store.properties(of: node).map { ($0.key, $0.value) }))
            case .relationship(let r): return .map(Dictionary(uniqueKeysWithValues: store.properties(of: r).map { ($0.key, $0.value) }))
            case .map: return a[0]
            default: throw ScalarFunction.fail("properties", expected: "a node, relationship or map", got: a[0])
            }
        },
        "keys": .nullable(1...1) { a, store throws(ScalarFunction.Failure) in
            switch a[0] {
            case .node(let node): return .list(store.properties(of: node).map { .string($0.key) })
            case .relationship(let r): return .list(store.properties(of: r).map { .string($0.key) })
            case .map(let map): return .list(map.keys.sorted().map(Value.string))
            default: throw ScalarFunction.fail("keys", expected: "a node, relationship or map", got: a[0])
            }
        },
        "startnode": .nullable(1...1) { a, store throws(ScalarFunction.Failure) in
            guard case .relationship(let r) = a[0] else { throw ScalarFunction.fail("startNode", expected: "a relationship", got: a[0]) }
            return .node(store.source(of: r))
        },
        "endnode": .nullable(1...1) { a, store throws(ScalarFunction.Failure) in
            guard case .relationship(let r) = a[0] else { throw ScalarFunction.fail("endNode", expected: "a relationship", got: a[0]) }
            return .node(store.target(of: r))
        },
        "length": .nullable(1...1) { a, _ throws(ScalarFunction.Failure) in
            switch a[0] {
            case .path(let path): return .int(Int64(path.relationships.count))
            case .string(let text): return .int(Int64(text.count))
            case .list(let items): return .int(Int64(items.count))
            default: throw ScalarFunction.fail("length", expected: "a path", got: a[0])
            }
        },
        "nodes": .nullable(1...1) { a, _ throws(ScalarFunction.Failure) in
            guard case .path(let path) = a[0] else { throw ScalarFunction.fail("nodes", expected: "a path", got: a[0]) }
            return .list(path.nodes.map(Value.node))
        },
        "relationships": .nullable(1...1) { a, _ throws(ScalarFunction.Failure) in
            guard case .path(let path) = a[0] else { throw ScalarFunction.fail("relationships", expected: "a path", got: a[0]) }
            return .list(path.relationships.map(Value.relationship))
        },
    ]
}
