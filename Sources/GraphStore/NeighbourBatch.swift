import GraphModel

/// The relationships of one direction and type set of many nodes, gathered in passes
/// (`GraphStore.neighbours(of:direction:passing:)`): each entry with the position of the node it belongs to
/// among those asked for, in the order of those nodes and then of each node's list.
public struct NeighbourBatch {
    /// Per entry, the position of its node among the nodes asked for.
    public internal(set) var owners: [Int32] = []
    public internal(set) var relationships: [RelationshipID] = []
    /// Per entry, the node at the other end.
    public internal(set) var others: [NodeID] = []

    mutating func append(owner: Int, _ relationship: RelationshipID, _ other: NodeID) {
        owners.append(Int32(owner))
        relationships.append(relationship)
        others.append(other)
    }

    /// The entries at `kept`, in order.
    func keeping(_ kept: [Int]) -> NeighbourBatch {
        guard kept.count < relationships.count else { return self }
        return NeighbourBatch(owners: kept.map { owners[$0] }, relationships: kept.map { relationships[$0] },
                              others: kept.map { others[$0] })
    }
}

extension GraphStore {
    /// The relationships of each node in one direction (not `.either`) that pass the filter, for thousands of
    /// nodes scattered over a graph of millions: what following one hop from every node an index seek found
    /// needs. Done one node at a time, every node costs three cache misses in a row — where its list starts,
    /// the list, the types of its relationships — each waiting on the one before; done as tight passes over
    /// all the nodes (every list's place, then every list, then every entry's type), the reads of a pass do
    /// not wait on one another and the processor overlaps them.
    public func neighbours(of nodes: [NodeID], direction: Adjacency, passing filter: TypeFilter) -> NeighbourBatch {
        precondition(direction != .either, "a batch follows one direction")
        if filter.restricted && filter.ids.isEmpty { return NeighbourBatch() }
        settleAdjacency()
        let lists = direction == .outgoing ? outgoing : incoming
        let ranges = nodes.map { lists.flatRange(of: Int($0.index)) }
        let grouped = filter.restricted && filter.ids.count == 1
        let batch: NeighbourBatch
        let flat = ranges.compactMap { $0 }
        if flat.count == ranges.count, !grouped || flat.allSatisfy({ $0.count < TypedAdjacency.minimumLength }) {
            batch = Self.copying(flat, of: lists.entries)
        } else {
            batch = walking(nodes, lists, direction: direction, passing: filter)
        }
        guard filter.restricted else { return batch }
        return relationshipType.withUnsafeBufferPointer { types in
            batch.keeping(batch.relationships.indices.filter { position in
                let type = types[Int(batch.relationships[position].index)]
                return filter.ids.contains(type)
            })
        }
    }

    /// The entries of short lists that lie in the flat part, copied out without a test.
    private static func copying(_ ranges: [Range<Int>], of entries: StoreArray<AdjacencyEntry>) -> NeighbourBatch {
        let total = ranges.reduce(0) { $0 + $1.count }
        var owners = [Int32](repeating: 0, count: total)
        var relationships = [RelationshipID](repeating: RelationshipID(0), count: total)
        var others = [NodeID](repeating: NodeID(0), count: total)
        entries.withUnsafeBufferPointer { entries in
            var filled = 0
            for (owner, range) in ranges.enumerated() {
                for position in range {
                    owners[filled] = Int32(owner)
                    relationships[filled] = entries[position].relationship
                    others[filled] = entries[position].other
                    filled += 1
                }
            }
        }
        return NeighbourBatch(owners: owners, relationships: relationships, others: others)
    }

    /// Every list walked as one node's walk does — a changed list from the side, a long one through its
    /// grouping by type.
    private func walking(_ nodes: [NodeID], _ lists: AdjacencyLists, direction: Adjacency,
                         passing filter: TypeFilter) -> NeighbourBatch {
        var batch = NeighbourBatch()
        for (owner, node) in nodes.enumerated() {
            _ = forEachEntry(in: lists.list(of: Int(node.index)), key: Self.adjacencyKey(node, incoming: direction == .incoming),
                         passing: filter) { (relationship, other) -> Bool in
                batch.append(owner: owner, relationship, other)
                return true
            }
        }
        return batch
    }
}
