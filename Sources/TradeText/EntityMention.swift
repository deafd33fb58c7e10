import GraphModel

/// An entity of the graph named in a text, by its name, an alias or its Chinese name.
public struct EntityMention: Hashable, Sendable {
    /// The entity's node.
    public let node: NodeID
    /// Its `id` property (`european-union`).
    public let id: String
    /// Its label (`PartnerGroup`).
    public let label: String
    /// Its English display name.
    public let name: String
    /// The text as written where it was found.
    public let text: String
    /// Character offsets in the text that was read.
    public let range: Range<Int>
}
