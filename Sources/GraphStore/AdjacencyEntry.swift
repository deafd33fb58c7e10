import GraphModel

/// One entry of a node's adjacency list: a relationship with its type and the node at its other end, kept
/// together so that following a node's relationships reads its list in order instead of looking each one up
/// in the relationship arrays — three reads into arrays of millions, each a likely cache miss, per
/// relationship followed.
struct AdjacencyEntry {
    let relationship: RelationshipID
    let type: Int32
    let other: NodeID
}
