/// The identity of a node in a store: a dense index, so that per-node data lives in arrays, not dictionaries.
public struct NodeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The index into the store's node arrays.
    public let index: Int32
    /// Wraps an index.
    public init(_ index: Int32) { self.index = index }
    /// Orders by creation.
    public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.index < rhs.index }
    /// The bare number.
    public var description: String { String(index) }
}

/// The identity of a relationship in a store: a dense index, as for nodes.
public struct RelationshipID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The index into the store's relationship arrays.
    public let index: Int32
    /// Wraps an index.
    public init(_ index: Int32) { self.index = index }
    /// Orders by creation.
    public static func < (lhs: RelationshipID, rhs: RelationshipID) -> Bool { lhs.index < rhs.index }
    /// The bare number.
    public var description: String { String(index) }
}

/// A walk through the graph: nodes and the relationships between them, `relationships.count == nodes.count - 1`.
public struct GraphPath: Hashable, Sendable {
    /// The nodes in walk order.
    public var nodes: [NodeID]
    /// The relationships in walk order.
    public var relationships: [RelationshipID]
    /// Creates a path.
    public init(nodes: [NodeID], relationships: [RelationshipID]) {
        self.nodes = nodes
        self.relationships = relationships
    }
}
