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

    /// A mention of `node` (id `id`, label `label`, display name `name`) written `text` at `range`.
    public init(node: NodeID, id: String, label: String, name: String, text: String, range: Range<Int>) {
        (self.node, self.id, self.label, self.name, self.text, self.range) = (node, id, label, name, text, range)
    }

    /// The same words taken to name `node` instead (a part that stands for the whole named), keeping the
    /// whole's id and names so that the interpretation still says what was written.
    public func standing(for node: NodeID) -> EntityMention {
        EntityMention(node: node, id: id, label: label, name: name, text: text, range: range)
    }
}
