import GraphModel
import GraphStore

/// A property key of a compiled expression, resolved to the store's handle on first use, so that reading
/// `m.metric` for a million rows hashes the key once rather than a million times. A key no element has yet
/// is looked up again on each read, since a write in the same statement may add it.
final class PropertyAccess {
    let key: String
    private var handle: PropertyKey?

    init(_ key: String) { self.key = key }

    func handle(in store: GraphStore) -> PropertyKey? {
        if let handle { return handle }
        handle = store.propertyKey(key)
        return handle
    }

    /// The property of a node or relationship (`.null` when absent).
    func read(_ value: Value, in store: GraphStore, at location: SourceLocation) throws(QueryError) -> Value {
        switch value {
        case .node(let node): return handle(in: store).map { store.property($0, of: node) } ?? .null
        case .relationship(let relationship): return handle(in: store).map { store.property($0, of: relationship) } ?? .null
        default: return try ExpressionCompiler.property(key, of: value, in: store, at: location)
        }
    }
}

/// A text literal compared with string properties, resolved to its pool id; resolved again when the pool has
/// grown since, so that a text written earlier in the statement is found.
final class PooledLiteral {
    private var pooled: PooledText

    init(_ text: String, in store: GraphStore) { pooled = store.pooled(text) }

    func resolved(in store: GraphStore) -> PooledText {
        if pooled.poolSize != store.pooledTextCount { pooled = store.pooled(pooled.text) }
        return pooled
    }
}
