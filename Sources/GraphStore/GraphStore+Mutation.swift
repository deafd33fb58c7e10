import GraphModel

/// Writes. Every write keeps adjacency, label lists, counts and indexes consistent, so a query that follows
/// a write in the same session sees it, and bumps `version`, so that a cached plan is planned again.
extension GraphStore {
    /// The most distinct labels a graph can hold (a node's labels are a 64-bit set).
    public static let labelLimit = 64

    /// Adds a node.
    @discardableResult
    public func createNode(labels: [String], properties: [(key: String, value: Value)] = []) throws(StoreError) -> NodeID {
        let labelIDs = try labels.map { label throws(StoreError) in try internLabel(label) }
        for (key, value) in properties { try Self.checkStorable(value, key: key) }
        return addNode(labelIDs: labelIDs, properties: properties.map { (propertyKey(creating: $0.key), $0.value) })
    }

    /// Adds a node with keys resolved beforehand: what a loader creating a million nodes calls, so that it
    /// hashes no key names per node.
    @discardableResult
    public func createNode(labels: [String], keyed properties: [(key: PropertyKey, value: Value)]) throws(StoreError) -> NodeID {
        let labelIDs = try labels.map { label throws(StoreError) in try internLabel(label) }
        for (key, value) in properties { try Self.checkStorable(value, key: keyNames.names[key.id]) }
        return addNode(labelIDs: labelIDs, properties: properties)
    }

    private func addNode(labelIDs: [Int], properties: [(key: PropertyKey, value: Value)]) -> NodeID {
        version &+= 1
        let node = NodeID(Int32(nodeAlive.count))
        nodeAlive.append(true)
        nodeLabels.append(0)
        nodeCount += 1
        for id in labelIDs { attach(labelID: id, to: node) }
        for (key, value) in properties where !value.isNull { writeNodeProperty(key.id, value, of: node) }
        return node
    }

    /// Adds a relationship between two live nodes.
    @discardableResult
    public func createRelationship(from source: NodeID, to target: NodeID, type: String,
                                   properties: [(key: String, value: Value)] = []) throws(StoreError) -> RelationshipID {
        guard contains(source), contains(target) else { throw .missingNode }
        for (key, value) in properties { try Self.checkStorable(value, key: key) }
        return addRelationship(from: source, to: target, typeID: internType(type),
                               properties: properties.map { (propertyKey(creating: $0.key), $0.value) })
    }

    /// Adds a relationship without properties of a type resolved beforehand, for loaders.
    @discardableResult
    public func createRelationship(from source: NodeID, to target: NodeID,
                                   type: RelationshipType) throws(StoreError) -> RelationshipID {
        guard contains(source), contains(target) else { throw .missingNode }
        return addRelationship(from: source, to: target, typeID: type.id, properties: [])
    }

    /// The handle of a relationship type, adding the type when new.
    public func relationshipType(creating name: String) -> RelationshipType {
        RelationshipType(id: internType(name))
    }

    private func internType(_ name: String) -> Int {
        version &+= 1
        let id = typeNames.intern(name)
        while relationshipTypeCountsByID.count <= id { relationshipTypeCountsByID.append(0) }
        while relationshipEndLabels.count < 2 * (id + 1) { relationshipEndLabels.append(~0) }
        return id
    }

    private func addRelationship(from source: NodeID, to target: NodeID, typeID: Int,
                                 properties: [(key: PropertyKey, value: Value)]) -> RelationshipID {
        version &+= 1
        let relationship = RelationshipID(Int32(relationshipAlive.count))
        relationshipAlive.append(true)
        relationshipType.append(Int32(typeID))
        relationshipSource.append(source)
        relationshipTarget.append(target)
        forgetTypedAdjacency(of: source, target)
        link(relationship, from: source, to: target)
        relationshipTypeCountsByID[typeID] += 1
        relationshipEndLabels[2 * typeID] &= nodeLabels[Int(source.index)]
        relationshipEndLabels[2 * typeID + 1] &= nodeLabels[Int(target.index)]
        relationshipCount += 1
        for (key, value) in properties where !value.isNull {
            relationshipColumns[key.id].set(value, at: Int(relationship.index), pool: &pool)
        }
        return relationship
    }

    /// Sets (or with `.null` removes) a node property.
    public func setProperty(_ key: String, to value: Value, of node: NodeID) throws(StoreError) {
        try Self.checkStorable(value, key: key)
        writeNodeProperty(internKey(key), value, of: node)
    }

    /// Sets (or with `.null` removes) a relationship property.
    public func setProperty(_ key: String, to value: Value, of relationship: RelationshipID) throws(StoreError) {
        version &+= 1
        try Self.checkStorable(value, key: key)
        let keyID = internKey(key)
        relationshipColumns[keyID].set(value, at: Int(relationship.index), pool: &pool)
    }

    /// Adds a label to a node (nothing when it has it already).
    public func addLabel(_ label: String, to node: NodeID) throws(StoreError) {
        attach(labelID: try internLabel(label), to: node)
    }

    /// Removes a label from a node (nothing when it lacks it).
    public func removeLabel(_ label: String, from node: NodeID) {
        version &+= 1
        guard let id = labelNames.id(of: label), nodeLabels[Int(node.index)] & (1 << UInt64(id)) != 0 else { return }
        nodeLabels[Int(node.index)] &= ~(1 << UInt64(id))
        nodesByLabel[id].removeAll { $0 == node }
        relationshipEndLabels = relationshipEndLabels.map { _ in 0 }
        dropIndexes { $0.label == id }
        nameIndex = nil
    }

    /// Deletes a node; with `detach` its relationships first, otherwise it must have none.
    public func deleteNode(_ node: NodeID, detach: Bool) throws(StoreError) {
        version &+= 1
        guard contains(node) else { return }
        let index = Int(node.index)
        settleAdjacency()
        let attached = outgoing.count(of: index) + incoming.count(of: index)
        if attached > 0 && !detach { throw .nodeHasRelationships(relationships: attached) }
        for entry in Array(outgoing.list(of: index)) + Array(incoming.list(of: index)) { deleteRelationship(entry.relationship) }
        for label in labels(of: node) { removeLabel(label, from: node) }
        for keyID in nodeColumns.indices where nodeColumns[keyID].hasValue(at: index) {
            nodeColumns[keyID].set(.null, at: index, pool: &pool)
        }
        dropIndexes { _ in true }
        nodeAlive[index] = false
        nodeCount -= 1
    }

    /// Deletes a relationship (nothing when already deleted).
    public func deleteRelationship(_ relationship: RelationshipID) {
        version &+= 1
        guard contains(relationship) else { return }
        let index = Int(relationship.index)
        forgetTypedAdjacency(of: relationshipSource[index], relationshipTarget[index])
        unlink(relationship, from: relationshipSource[index], to: relationshipTarget[index])
        relationshipTypeCountsByID[Int(relationshipType[index])] -= 1
        relationshipAlive[index] = false
        relationshipCount -= 1
    }

    private func writeNodeProperty(_ keyID: Int, _ value: Value, of node: NodeID) {
        version &+= 1
        nodeColumns[keyID].set(value, at: Int(node.index), pool: &pool)
        dropIndexes { $0.key == keyID }
        if nameIndex != nil, NameIndex.keys.contains(keyNames.names[keyID]) { nameIndex = nil }
    }

    private func attach(labelID: Int, to node: NodeID) {
        version &+= 1
        let bit: UInt64 = 1 << UInt64(labelID)
        guard nodeLabels[Int(node.index)] & bit == 0 else { return }
        nodeLabels[Int(node.index)] |= bit
        nodesByLabel[labelID].append(node)
        dropIndexes { $0.label == labelID }
        nameIndex = nil
    }

    func internLabel(_ label: String) throws(StoreError) -> Int {
        if let id = labelNames.id(of: label) { return id }
        guard labelNames.names.count < Self.labelLimit else { throw .tooManyLabels(limit: Self.labelLimit, label: label) }
        let id = labelNames.intern(label)
        nodesByLabel.append([])
        return id
    }

    func internKey(_ key: String) -> Int {
        version &+= 1
        let id = keyNames.intern(key)
        while nodeColumns.count <= id { nodeColumns.append(PropertyColumn()) }
        while relationshipColumns.count <= id { relationshipColumns.append(PropertyColumn()) }
        return id
    }

    func dropIndexes(where matches: (PropertyIndex.Key) -> Bool) {
        guard !propertyIndexes.isEmpty else { return }
        for key in propertyIndexes.keys where matches(key) { propertyIndexes[key] = nil }
    }

    private static func checkStorable(_ value: Value, key: String) throws(StoreError) {
        switch value {
        case .null, .bool, .int, .float, .string: return
        case .list(let items):
            for item in items { try checkStorable(item, key: key) }
            if items.contains(where: { if case .list = $0 { return true } else { return false } }) {
                throw .unstorableValue(key: key, type: "list of lists")
            }
        case .map, .node, .relationship, .path:
            throw .unstorableValue(key: key, type: value.typeName)
        }
    }
}
