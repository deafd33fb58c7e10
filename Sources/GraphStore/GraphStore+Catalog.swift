import GraphModel

/// What the graph contains, by name and count: for `:schema`, `check`, completion and did-you-mean.
extension GraphStore {
    /// Every label in use, with how many nodes carry it, sorted by name.
    public var labelCounts: [(name: String, count: Int)] {
        labelNames.names.indices.map { (labelNames.names[$0], nodesByLabel[$0].count) }
            .filter { $0.1 > 0 }.sorted { $0.name < $1.name }
    }

    /// Every relationship type in use, with its count, sorted by name.
    public var relationshipTypeCounts: [(name: String, count: Int)] {
        typeNames.names.indices.map { (typeNames.names[$0], relationshipTypeCountsByID[$0]) }
            .filter { $0.1 > 0 }.sorted { $0.name < $1.name }
    }

    /// Every property key in use on nodes or relationships, with how many elements have it, sorted by name.
    public var propertyKeyCounts: [(name: String, count: Int)] {
        keyNames.names.indices.map { (keyNames.names[$0], nodeColumns[$0].presentCount + relationshipColumns[$0].presentCount) }
            .filter { $0.1 > 0 }.sorted { $0.name < $1.name }
    }

    /// Whether any node carries the label.
    public func isKnownLabel(_ label: String) -> Bool { count(labeled: label) > 0 }

    /// Whether any relationship has the type.
    public func isKnownRelationshipType(_ type: String) -> Bool {
        guard let id = typeNames.id(of: type) else { return false }
        return relationshipTypeCountsByID[id] > 0
    }

    /// Whether any element has the property key.
    public func isKnownPropertyKey(_ key: String) -> Bool {
        guard let id = keyNames.id(of: key) else { return false }
        return nodeColumns[id].presentCount + relationshipColumns[id].presentCount > 0
    }
}
