import GraphModel

/// The ways into the graph that do not scan it: by label, by label and property, by name.
extension GraphStore {
    /// The live nodes carrying a label, in creation order.
    public func nodes(labeled label: String) -> [NodeID] {
        guard let id = labelNames.id(of: label) else { return [] }
        return Array(nodesByLabel[id])
    }

    /// How many nodes carry a label, without listing them: the planner's cost estimate.
    public func count(labeled label: String) -> Int {
        guard let id = labelNames.id(of: label) else { return 0 }
        return nodesByLabel[id].count
    }

    /// The nodes of a label (`nil`: any node) whose property equals a value (openCypher equality: `1 = 1.0`),
    /// through an index built on first use — so `MATCH (n {name: 'ASEAN'})` does not scan the graph either.
    public func nodes(labeled label: String?, where key: String, equals value: Value) -> [NodeID] {
        guard let keyID = keyNames.id(of: key), !value.isNull else { return [] }
        let labelID: Int
        if let label {
            guard let id = labelNames.id(of: label) else { return [] }
            labelID = id
        } else {
            labelID = PropertyIndex.anyLabel
        }
        let indexKey = PropertyIndex.Key(label: labelID, key: keyID)
        if propertyIndexes[indexKey] == nil {
            propertyIndexes[indexKey] = PropertyIndex(label: labelID, key: keyID, in: self)
        }
        return propertyIndexes[indexKey]?.lookup(value) ?? []
    }

    /// Nodes one of whose names (name, Chinese name, aliases) equals the text, ignoring case.
    public func nodes(named text: String) -> [NodeID] {
        nameIndexBuilt().nodes(named: text)
    }

    /// Every (lower-cased name, node) pair, for fuzzy search.
    public func allNames() -> [(folded: String, node: NodeID)] {
        nameIndexBuilt().entries
    }

    /// The names of a node: English, Chinese, aliases.
    public func names(of node: NodeID) -> [String] {
        NameIndex.names(of: node, in: self)
    }

    private func nameIndexBuilt() -> NameIndex {
        if let nameIndex { return nameIndex }
        let built = NameIndex(store: self)
        nameIndex = built
        return built
    }
}
