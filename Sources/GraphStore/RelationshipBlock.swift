import GraphModel

/// Relationships without properties to append at once, in order: the `i`th goes from `sources[i]` to
/// `targets[i]` and has type `types[typeIndexes[i]]`. A byte per relationship names its type, so that the
/// four million links of a million measurements take nine bytes each while they wait to be appended.
public struct RelationshipBlock: Sendable {
    /// Start nodes.
    public var sources: [NodeID] = []
    /// End nodes.
    public var targets: [NodeID] = []
    /// Index into `types` of each relationship's type.
    public var typeIndexes: [UInt8] = []
    /// The types the block uses (at most 256).
    public let types: [RelationshipType]

    /// An empty block whose relationships have some of these types.
    public init(types: [RelationshipType]) {
        precondition(types.count <= 256, "a relationship block names at most 256 types")
        self.types = types
    }

    /// How many relationships the block holds.
    public var count: Int { sources.count }

    /// Adds a relationship of `types[typeIndex]`.
    public mutating func append(from source: NodeID, to target: NodeID, typeIndex: UInt8) {
        sources.append(source)
        targets.append(target)
        typeIndexes.append(typeIndex)
    }
}
