import GraphModel

/// Blocks of nodes and relationships appended at once: what a loader does with a million measurements, where
/// `createNode` and `createRelationship` per element cost a `Value` per property, a version bump and an index
/// check per write. The result is the same graph as the same elements created one by one, in the same order.
extension GraphStore {
    /// Makes room for this many more nodes with the label and relationships, and for texts of so many bytes
    /// in all under keys that take distinct texts (`BulkColumn.distinctTexts`), so that appending them in
    /// several blocks copies no array to grow it — a copy that held a column twice at the peak of a load:
    /// room that goes unused costs address space, not memory.
    public func reserveCapacity(nodes: Int, labeled label: String, relationships: Int,
                                texts: [(key: PropertyKey, bytes: Int)] = []) throws(StoreError) {
        let labelID = try internLabel(label)
        let nodeTotal = nodeAlive.count + nodes, relationshipTotal = relationshipAlive.count + relationships
        nodeAlive.reserveCapacity(nodeTotal)
        nodeLabels.reserveCapacity(nodeTotal)
        nodesByLabel[labelID].reserveCapacity(nodesByLabel[labelID].count + nodes)
        for key in nodeColumns.indices { nodeColumns[key].reserveCapacity(nodeTotal) }
        for (key, bytes) in texts { nodeColumns[key.id].reserveTexts(nodeTotal, bytes: bytes, pool: pool) }
        relationshipAlive.reserveCapacity(relationshipTotal)
        relationshipType.reserveCapacity(relationshipTotal)
        relationshipSource.reserveCapacity(relationshipTotal)
        relationshipTarget.reserveCapacity(relationshipTotal)
    }

    /// Appends `count` nodes with one label and the given property columns (each `count` long); returns the
    /// first new node's id, the others following it. Each column's memory goes as soon as it is copied (when the
    /// caller holds no other reference to it), so that a load holds the store and one column twice, not a block.
    public func appendNodes(count: Int, label: String, columns: consuming [(key: PropertyKey, values: BulkColumn)]) throws(StoreError) -> NodeID {
        precondition(columns.allSatisfy { $0.values.count == count }, "a column of another length than the block")
        let labelID = try internLabel(label)
        version &+= 1
        let first = nodeAlive.count
        nodeAlive.append(contentsOf: repeatElement(true, count: count))
        nodeLabels.append(contentsOf: repeatElement(1 << UInt64(labelID), count: count))
        nodesByLabel[labelID].append(contentsOf: (first..<first + count).lazy.map { NodeID(Int32($0)) })
        nodeCount += count
        let keys = Set(columns.map(\.key.id))
        var remaining = consume columns
        while let (key, values) = remaining.popLast() { nodeColumns[key.id].append(values, at: first, pool: &pool) }
        dropIndexes { index in index.label == labelID || keys.contains(index.key) }
        nameIndex = nil
        return NodeID(Int32(first))
    }

    /// Appends the block's relationships between live nodes, in its order.
    public func appendRelationships(_ block: RelationshipBlock) throws(StoreError) {
        guard block.sources.allSatisfy(contains), block.targets.allSatisfy(contains) else { throw .missingNode }
        version &+= 1
        relationshipAlive.append(contentsOf: repeatElement(true, count: block.count))
        relationshipType.append(contentsOf: block.typeIndexes.lazy.map { Int32(block.types[Int($0)].id) })
        relationshipSource.append(contentsOf: block.sources)
        relationshipTarget.append(contentsOf: block.targets)
        for (offset, typeIndex) in block.typeIndexes.enumerated() {
            let type = block.types[Int(typeIndex)].id
            relationshipTypeCountsByID[type] += 1
            relationshipEndLabels[2 * type] &= nodeLabels[Int(block.sources[offset].index)]
            relationshipEndLabels[2 * type + 1] &= nodeLabels[Int(block.targets[offset].index)]
        }
        relationshipCount += block.count
        // Both directions' lists are built once, from the relationship arrays, when next read.
        adjacencyStale = true
    }
}
