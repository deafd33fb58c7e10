import GraphModel

/// Relationship types resolved to ids once, for following adjacency in a loop without hashing type names.
public struct TypeFilter: Sendable {
    /// The ids of the known types among those asked for.
    let ids: [Int32]
    /// Whether any type was asked for (otherwise every relationship passes).
    let restricted: Bool
    /// How many types the store knew when resolved: a later write may add one of the asked types.
    public let knownTypes: Int
}

extension GraphStore {
    /// The filter for relationships of these types (any type when empty).
    public func typeFilter(_ types: [String]) -> TypeFilter {
        TypeFilter(ids: types.compactMap { typeNames.id(of: $0) }.map(Int32.init), restricted: !types.isEmpty,
                   knownTypes: typeNames.names.count)
    }

    /// How many relationship types the store knows; it only grows.
    public var knownRelationshipTypeCount: Int { typeNames.names.count }

    /// Calls `body` with each relationship of the node in the direction that passes the filter, and the node
    /// at its other end, in the same order as `relationships(of:direction:types:)` (a self-loop once when touching
    /// the node), without building an array.
    /// `body` returns false to stop; returns false when stopped.
    @discardableResult
    public func forEachRelationship<Failure: Error>(of node: NodeID, direction: Adjacency, passing filter: TypeFilter,
                                                    _ body: (RelationshipID, NodeID) throws(Failure) -> Bool) throws(Failure) -> Bool {
        if filter.restricted && filter.ids.isEmpty { return true }
        let index = Int(node.index)
        settleAdjacency()
        if direction != .incoming {
            guard try forEachEntry(in: outgoing.list(of: index), key: Self.adjacencyKey(node, incoming: false), passing: filter, body) else { return false }
        }
        if direction != .outgoing {
            // Touching the node, a self-loop was handed on from the outgoing list already: it counts once.
            guard try forEachEntry(in: incoming.list(of: index), key: Self.adjacencyKey(node, incoming: true), passing: filter,
                                   skipping: direction == .either ? node : nil, body) else { return false }
        }
        return true
    }

    /// One list: a long one asked for one type through its grouping, any other scanned; entries whose far
    /// node is `skipped` are left out.
    func forEachEntry<Failure: Error>(in list: AdjacencyList, key: Int, passing filter: TypeFilter,
                                              skipping skipped: NodeID? = nil,
                                              _ body: (RelationshipID, NodeID) throws(Failure) -> Bool) throws(Failure) -> Bool {
        if filter.restricted && filter.ids.count == 1 && list.count >= TypedAdjacency.minimumLength {
            return try forEachEntry(ofType: filter.ids[0], in: list, key: key, skipping: skipped, body)
        }
        for entry in list where passes(entry, filter) && entry.other != skipped {
            guard try body(entry.relationship, entry.other) else { return false }
        }
        return true
    }

    private func passes(_ entry: AdjacencyEntry, _ filter: TypeFilter) -> Bool {
        passes(entry.relationship, filter)
    }

    /// Whether the relationship's type is one the filter asks for.
    func passes(_ relationship: RelationshipID, _ filter: TypeFilter) -> Bool {
        guard filter.restricted else { return true }
        let type = relationshipType[Int(relationship.index)]
        for id in filter.ids where id == type { return true }
        return false
    }
}

extension GraphStore {
    /// Builds the flat adjacency arrays again from the relationship arrays when a block of relationships was
    /// appended (or many lists changed) since they were built; every read of adjacency calls this first.
    func settleAdjacency() {
        guard adjacencyStale else { return }
        rebuildAdjacency()
    }

    /// Builds the flat adjacency arrays from the relationship arrays, taking in every changed list.
    func rebuildAdjacency() {
        let nodes = nodeAlive.count
        outgoing = AdjacencyLists()
        incoming = AdjacencyLists()
        outgoing = AdjacencyLists(nodes: nodes, ends: relationshipSource, others: relationshipTarget, alive: relationshipAlive)
        incoming = AdjacencyLists(nodes: nodes, ends: relationshipTarget, others: relationshipSource, alive: relationshipAlive)
        typedAdjacency.removeAll()
        adjacencyStale = false
    }

    /// Records a new relationship in both lists, or leaves it to the next rebuild when one is due (and makes one
    /// due when the changed lists hold more than a quarter of the entries, so that they stay a small side part).
    func link(_ relationship: RelationshipID, from source: NodeID, to target: NodeID) {
        guard !adjacencyStale else { return }
        outgoing.append(AdjacencyEntry(relationship: relationship, other: target), to: Int(source.index))
        incoming.append(AdjacencyEntry(relationship: relationship, other: source), to: Int(target.index))
        if outgoing.changedEntries + incoming.changedEntries > max(1 << 16, outgoing.entries.count / 2) { adjacencyStale = true }
    }

    /// Takes a deleted relationship out of both lists (a due rebuild leaves it out anyway, as it is not live).
    func unlink(_ relationship: RelationshipID, from source: NodeID, to target: NodeID) {
        guard !adjacencyStale else { return }
        outgoing.remove(relationship, from: Int(source.index))
        incoming.remove(relationship, from: Int(target.index))
    }
}
