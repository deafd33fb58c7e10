import GraphModel

/// The positions of one long adjacency list grouped by relationship type, built the first time a walk asks for
/// a single type of it and kept until the list changes: following the handful of `PART_OF` links of a product
/// category that also has twenty thousand `PRODUCT` links then reads the handful, not the twenty thousand, and
/// the cost of such a walk stops growing with the number of measurements in the graph.
final class TypedAdjacency {
    /// Lists shorter than this are scanned: grouping them would cost more than it saves.
    static let minimumLength = 32

    /// Per type id, the positions of its entries in the list, in list order; empty when the list has one type.
    let positions: [Int32: [Int32]]
    /// The type of every entry when the list has only one (a partner's `PARTNER` links): nothing else is kept.
    let onlyType: Int32?

    /// The grouping of a list whose relationships have the types `types` gives by relationship id.
    init(_ list: AdjacencyList, types: StoreArray<Int32>) {
        let first = types[Int(list[list.startIndex].relationship.index)]
        if list.allSatisfy({ types[Int($0.relationship.index)] == first }) {
            positions = [:]
            onlyType = first
            return
        }
        var positions: [Int32: [Int32]] = [:]
        for position in list.indices {
            positions[types[Int(list[position].relationship.index)], default: []].append(Int32(position - list.startIndex))
        }
        self.positions = positions
        onlyType = nil
    }
}

extension GraphStore {
    /// The key of a node's list in one direction in `typedAdjacency`.
    static func adjacencyKey(_ node: NodeID, incoming: Bool) -> Int { Int(node.index) * 2 + (incoming ? 1 : 0) }

    /// Calls `body` with the entries of one type in a list, in list order, through its `TypedAdjacency`
    /// (built now when missing) — the whole list without a test when all of it is of that type; entries whose
    /// far node is `skipped` are left out; false when `body` stopped.
    func forEachEntry<Failure: Error>(ofType type: Int32, in list: AdjacencyList, key: Int, skipping skipped: NodeID?,
                                      _ body: (RelationshipID, NodeID) throws(Failure) -> Bool) throws(Failure) -> Bool {
        let typed: TypedAdjacency
        if let known = typedAdjacency[key] { typed = known } else {
            typed = TypedAdjacency(list, types: relationshipType)
            typedAdjacency[key] = typed
        }
        if let only = typed.onlyType {
            guard only == type else { return true }
            for entry in list where entry.other != skipped {
                guard try body(entry.relationship, entry.other) else { return false }
            }
            return true
        }
        for position in typed.positions[type] ?? [] {
            let entry = list[list.startIndex + Int(position)]
            guard entry.other != skipped else { continue }
            guard try body(entry.relationship, entry.other) else { return false }
        }
        return true
    }

    /// Forgets the grouping of the lists a relationship sits in, which are about to change.
    func forgetTypedAdjacency(of source: NodeID, _ target: NodeID) {
        guard !typedAdjacency.isEmpty else { return }
        typedAdjacency[Self.adjacencyKey(source, incoming: false)] = nil
        typedAdjacency[Self.adjacencyKey(target, incoming: true)] = nil
    }
}
