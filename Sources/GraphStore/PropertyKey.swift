import GraphModel

/// A property key resolved to its column once, so that reading a property in a loop over a million elements
/// hashes no strings. Key ids are never reused or removed, so a handle stays valid for the store's life.
public struct PropertyKey: Sendable, Equatable {
    let id: Int
}

/// A relationship type resolved to its id once, so that a loader creating millions of relationships hashes
/// no type names.
public struct RelationshipType: Sendable, Equatable {
    let id: Int
}

/// A text resolved to its id in the store's string pool, so that comparing a string property with it compares
/// two integers. `id` is `nil` when no property held the text when it was resolved.
public struct PooledText: Sendable {
    /// The text.
    public let text: String
    let id: UInt32?
    /// How many texts the pool held when resolved: a later write may add the text, and then it must be resolved again.
    public let poolSize: Int
}

extension GraphStore {
    /// The handle of a key, `nil` while no element has used it.
    public func propertyKey(_ name: String) -> PropertyKey? {
        keyNames.id(of: name).map(PropertyKey.init)
    }

    /// The handle of a key, adding the key when new (a key without values is not listed as known).
    public func propertyKey(creating name: String) -> PropertyKey {
        PropertyKey(id: internKey(name))
    }

    /// The text resolved against the string pool.
    public func pooled(_ text: String) -> PooledText {
        PooledText(text: text, id: pool.id(of: text), poolSize: pool.count)
    }

    /// How many distinct texts the pool holds; it only grows.
    public var pooledTextCount: Int { pool.count }

    /// One property of a node; `.null` when absent.
    public func property(_ key: PropertyKey, of node: NodeID) -> Value {
        nodeColumns[key.id].value(at: Int(node.index), pool: pool)
    }

    /// One property of a relationship; `.null` when absent.
    public func property(_ key: PropertyKey, of relationship: RelationshipID) -> Value {
        relationshipColumns[key.id].value(at: Int(relationship.index), pool: pool)
    }

    /// Whether every value of a node property is a float, so that a columnar sum over it adds doubles.
    public func nodePropertyHoldsOnlyFloats(_ key: PropertyKey) -> Bool { nodeColumns[key.id].holdsOnlyFloats }

    /// `node.key = text` in openCypher: `nil` when the property is absent, false for a non-string. A string
    /// column compares pool ids, without reading the text.
    public func property(_ key: PropertyKey, of node: NodeID, equals text: PooledText) -> Bool? {
        nodeColumns[key.id].equals(text, at: Int(node.index), pool: pool)
    }

    /// The nodes among `nodes` whose property equals the text (`property(_:of:equals:)` is true), in their
    /// order: a filter over a whole label reads the column once instead of copying it per node.
    public func nodes(_ nodes: [NodeID], where key: PropertyKey, equals text: PooledText) -> [NodeID] {
        nodeColumns[key.id].nodes(nodes, equal: text, pool: pool)
    }
}
