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
        if direction != .incoming {
            guard try forEachEntry(in: outgoing[index], key: Self.adjacencyKey(node, incoming: false), passing: filter, body) else { return false }
        }
        if direction != .outgoing {
            // Touching the node, a self-loop was handed on from the outgoing list already: it counts once.
            guard try forEachEntry(in: incoming[index], key: Self.adjacencyKey(node, incoming: true), passing: filter,
                                   skipping: direction == .either ? node : nil, body) else { return false }
        }
        return true
    }

    /// One list: a long one asked for one type through its grouping, any other scanned; entries whose far
    /// node is `skipped` are left out.
    private func forEachEntry<Failure: Error>(in list: ContiguousArray<AdjacencyEntry>, key: Int, passing filter: TypeFilter,
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
        guard filter.restricted else { return true }
        for id in filter.ids where id == entry.type { return true }
        return false
    }
}
