import GraphModel

/// Blocks of nodes and relationships appended at once: what a loader does with a million measurements, where
/// `createNode` and `createRelationship` per element cost a `Value` per property, a version bump and an index
/// check per write. The result is the same graph as the same elements created one by one, in the same order.
extension GraphStore {
    /// Makes room for this many more nodes with the label and relationships, so that appending them in
    /// several blocks copies no array to grow it: room that goes unused costs address space, not memory.
    public func reserveCapacity(nodes: Int, labeled label: String, relationships: Int) throws(StoreError) {
        let labelID = try internLabel(label)
        let nodeTotal = nodeAlive.count + nodes, relationshipTotal = relationshipAlive.count + relationships
        nodeAlive.reserveCapacity(nodeTotal)
        nodeLabels.reserveCapacity(nodeTotal)
        outgoing.reserveCapacity(nodeTotal)
        incoming.reserveCapacity(nodeTotal)
        nodesByLabel[labelID].reserveCapacity(nodesByLabel[labelID].count + nodes)
        for key in nodeColumns.indices { nodeColumns[key].reserveCapacity(nodeTotal) }
        relationshipAlive.reserveCapacity(relationshipTotal)
        relationshipType.reserveCapacity(relationshipTotal)
        relationshipSource.reserveCapacity(relationshipTotal)
        relationshipTarget.reserveCapacity(relationshipTotal)
    }

    /// Appends `count` nodes with one label and the given property columns (each `count` long); returns the
    /// first new node's id, the others following it.
    public func appendNodes(count: Int, label: String, columns: [(key: PropertyKey, values: BulkColumn)]) throws(StoreError) -> NodeID {
        precondition(columns.allSatisfy { $0.values.count == count }, "a column of another length than the block")
        let labelID = try internLabel(label)
        version &+= 1
        let first = nodeAlive.count
        nodeAlive.append(contentsOf: repeatElement(true, count: count))
        nodeLabels.append(contentsOf: repeatElement(1 << UInt64(labelID), count: count))
        outgoing.append(contentsOf: repeatElement([], count: count))
        incoming.append(contentsOf: repeatElement([], count: count))
        nodesByLabel[labelID].append(contentsOf: (first..<first + count).lazy.map { NodeID(Int32($0)) })
        nodeCount += count
        for (key, values) in columns { nodeColumns[key.id].append(values, at: first, pool: &pool) }
        dropIndexes { index in index.label == labelID || columns.contains { $0.key.id == index.key } }
        nameIndex = nil
        return NodeID(Int32(first))
    }

    /// Appends the block's relationships between live nodes, in its order.
    public func appendRelationships(_ block: RelationshipBlock) throws(StoreError) {
        guard block.sources.allSatisfy(contains), block.targets.allSatisfy(contains) else { throw .missingNode }
        version &+= 1
        typedAdjacency.removeAll()
        let first = relationshipAlive.count
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
        appendOutgoing(block, first: first)
        for (offset, target) in block.targets.enumerated() {
            let type = Int32(block.types[Int(block.typeIndexes[offset])].id)
            incoming[Int(target.index)].append(AdjacencyEntry(relationship: RelationshipID(Int32(first + offset)), type: type,
                                                              other: block.sources[offset]))
        }
    }

    /// Adds each relationship to its start node's list, reserving room once per run of one start node (a
    /// measurement's links are consecutive), so that a million new lists are allocated once each.
    private func appendOutgoing(_ block: RelationshipBlock, first: Int) {
        let sources = block.sources
        var start = 0
        while start < sources.count {
            let node = Int(sources[start].index)
            var end = start + 1
            while end < sources.count && sources[end] == sources[start] { end += 1 }
            outgoing[node].reserveCapacity(outgoing[node].count + end - start)
            for offset in start..<end {
                let type = Int32(block.types[Int(block.typeIndexes[offset])].id)
                outgoing[node].append(AdjacencyEntry(relationship: RelationshipID(Int32(first + offset)), type: type,
                                                     other: block.targets[offset]))
            }
            start = end
        }
    }
}
