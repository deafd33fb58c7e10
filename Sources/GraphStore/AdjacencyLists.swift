import GraphModel

/// Every node's relationships in one direction, as one flat array of entries with an offset per node where
/// its list starts (compressed sparse rows), and the lists written since that array was built on the side.
///
/// A list per node cost a heap allocation each — ten million of them at ten million measurements, 50 bytes of
/// overhead apiece, each made on load and freed at exit — and a snapshot could only copy them back one by one.
/// Flat arrays cost four bytes a node and are read in place from a snapshot. A write after the arrays were built
/// moves the node's list into `changed`, which then stands for its range; `GraphStore.settleAdjacency()` builds
/// the flat arrays again from the relationship arrays when many lists changed or a block of relationships was
/// appended. Lists keep relationships in creation order, as building them in relationship-id order does.
struct AdjacencyLists {
    /// Per node of the flat part, where its list starts in `entries`; one more, the end of the last list.
    private(set) var offsets: StoreArray<UInt32> = [0]
    /// The lists of the flat part, back to back.
    private(set) var entries: StoreArray<AdjacencyEntry> = []
    /// Lists written since the flat part was built, by node: each replaces the node's range.
    private(set) var changed: [Int32: StoreArray<AdjacencyEntry>] = [:]
    /// How many entries the changed lists hold.
    private(set) var changedEntries = 0

    init() {}

    /// Lists read back from an image: offsets for every node, and the entries they point into.
    init(offsets: StoreArray<UInt32>, entries: StoreArray<AdjacencyEntry>) {
        self.offsets = offsets
        self.entries = entries
    }

    /// The flat lists of every live relationship, in id order: `ends` holds the node whose list a relationship
    /// joins (its source for outgoing lists), `others` the node at the other end.
    init(nodes: Int, ends: StoreArray<NodeID>, others: StoreArray<NodeID>, alive: StoreArray<Bool>) {
        var starts = StoreArray<UInt32>(repeating: 0, count: nodes + 1)
        starts.withUnsafeMutableBuffer { starts in
            for relationship in 0..<ends.count where alive[relationship] { starts[Int(ends[relationship].index) + 1] += 1 }
            for node in 0..<nodes { starts[node + 1] += starts[node] }
        }
        var cursors = starts
        var entries = StoreArray<AdjacencyEntry>(repeating: AdjacencyEntry(relationship: RelationshipID(0), other: NodeID(0)),
                                                 count: Int(starts[nodes]))
        entries.withUnsafeMutableBuffer { filled in
            cursors.withUnsafeMutableBuffer { cursors in
                for relationship in 0..<ends.count where alive[relationship] {
                    let node = Int(ends[relationship].index)
                    filled[Int(cursors[node])] = AdjacencyEntry(relationship: RelationshipID(Int32(relationship)), other: others[relationship])
                    cursors[node] += 1
                }
            }
        }
        offsets = starts
        self.entries = entries
    }

    /// The node's list.
    func list(of node: Int) -> AdjacencyList {
        if !changed.isEmpty, let list = changed[Int32(node)] { return AdjacencyList(storage: list, range: 0..<list.count) }
        guard node + 1 < offsets.count else { return AdjacencyList(storage: entries, range: 0..<0) }
        return AdjacencyList(storage: entries, range: Int(offsets[node])..<Int(offsets[node + 1]))
    }

    /// Where the node's list lies in `entries`; `nil` when it was written since and lies in `changed`.
    func flatRange(of node: Int) -> Range<Int>? {
        if !changed.isEmpty, changed[Int32(node)] != nil { return nil }
        guard node + 1 < offsets.count else { return 0..<0 }
        return Int(offsets[node])..<Int(offsets[node + 1])
    }

    /// How many relationships the node's list holds.
    func count(of node: Int) -> Int {
        if !changed.isEmpty, let list = changed[Int32(node)] { return list.count }
        guard node + 1 < offsets.count else { return 0 }
        return Int(offsets[node + 1] - offsets[node])
    }

    /// Adds an entry at the end of the node's list.
    mutating func append(_ entry: AdjacencyEntry, to node: Int) {
        var list = take(node)
        list.append(entry)
        put(list, at: node)
    }

    /// Removes the relationship from the node's list.
    mutating func remove(_ relationship: RelationshipID, from node: Int) {
        var list = take(node)
        list.removeAll { $0.relationship == relationship }
        put(list, at: node)
    }

    /// The node's list, out of `changed` (so that changing it copies nothing) or copied from the flat part.
    private mutating func take(_ node: Int) -> StoreArray<AdjacencyEntry> {
        if let list = changed.removeValue(forKey: Int32(node)) {
            changedEntries -= list.count
            return list
        }
        return StoreArray(list(of: node))
    }

    private mutating func put(_ list: StoreArray<AdjacencyEntry>, at node: Int) {
        changed[Int32(node)] = list
        changedEntries += list.count
    }
}

/// One node's list in one direction: a range of entries, which it keeps alive while it is read, so that a write
/// during a walk (which moves or rebuilds lists) does not pull the entries from under it.
struct AdjacencyList: RandomAccessCollection {
    let storage: StoreArray<AdjacencyEntry>
    let range: Range<Int>

    var startIndex: Int { range.lowerBound }
    var endIndex: Int { range.upperBound }

    subscript(position: Int) -> AdjacencyEntry { storage[position] }
}
