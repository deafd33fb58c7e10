import GraphModel

/// One entry of a node's adjacency list: a relationship and the node at its other end, kept together so that
/// following a node's relationships reads its list in order instead of looking each far end up in the
/// relationship arrays — a read into arrays of millions, a likely cache miss, per relationship followed.
/// The type is not kept (eight bytes an entry instead of twelve: 28 bytes per measurement): a walk asking for
/// types reads it from `relationshipType`, where a measurement's links sit side by side, and a long list is
/// grouped by type once (`TypedAdjacency`).
struct AdjacencyEntry {
    let relationship: RelationshipID
    let other: NodeID
}
