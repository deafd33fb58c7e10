import GraphModel

/// The ids of entities and sources by their bytes, with the node and label of each, so that the bulk
/// measurement reader resolves references on its worker threads without building a `String` per field or
/// touching the session.
struct EntityIDTable: @unchecked Sendable {
    /// The labels an id can carry; a label's bit is `1 << position`.
    private static let labels = EntityLabel.all + ["Source"]

    private var keys = ByteKeyTable()
    private var nodes: [NodeID] = []
    private var labelBits: [UInt16] = []

    /// A table of the session's ids.
    init(_ ids: [String: LoadSession.Registered]) {
        keys.reserve(ids.count)
        for (id, registered) in ids {
            keys.insert(id)
            nodes.append(registered.node)
            labelBits.append(Self.mask([registered.label]))
        }
    }

    /// The bits of these labels.
    static func mask(_ labels: Set<String>) -> UInt16 {
        var mask: UInt16 = 0
        for (position, label) in Self.labels.enumerated() where labels.contains(label) { mask |= 1 << UInt16(position) }
        return mask
    }

    /// Whether an entity or source has this id.
    func contains(_ id: UnsafeBufferPointer<UInt8>) -> Bool { keys.index(of: id) != nil }

    /// The node with this id, when it carries one of the labels in `mask`.
    func node(_ id: UnsafeBufferPointer<UInt8>, labelledIn mask: UInt16) -> NodeID? {
        guard let index = keys.index(of: id), labelBits[index] & mask != 0 else { return nil }
        return nodes[index]
    }

    /// The node with this id, when it carries one of the labels in `mask`.
    func node(_ id: String, labelledIn mask: UInt16) -> NodeID? {
        var id = id
        return id.withUTF8 { node($0, labelledIn: mask) }
    }
}
