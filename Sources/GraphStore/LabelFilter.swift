import GraphModel

/// Label groups resolved to bit masks once: a node passes when it carries at least one label of every group.
/// Checking a label by name hashed the name for every candidate node, a tenth of a pattern match's time.
public struct LabelFilter: Sendable {
    /// One mask per group: the bits of the group's labels that the store knows (none: no node can pass).
    let masks: [UInt64]
    /// How many labels the store knew when resolved: a later write may add one of the asked labels.
    public let knownLabels: Int
}

extension GraphStore {
    /// The filter for nodes with a label of every group (every node when there are no groups).
    public func labelFilter(_ groups: [[String]]) -> LabelFilter {
        let masks = groups.map { group in
            group.compactMap { labelNames.id(of: $0) }.reduce(UInt64(0)) { $0 | 1 << UInt64($1) }
        }
        return LabelFilter(masks: masks, knownLabels: labelNames.names.count)
    }

    /// How many labels the store knows; it only grows.
    public var knownLabelCount: Int { labelNames.names.count }

    /// Whether every node reached from some node along relationships that pass the type filter, in the
    /// direction, is sure to pass the label filter, so that testing each is not needed.
    public func reachedNodesPass(_ labels: LabelFilter, along types: TypeFilter, _ direction: Adjacency) -> Bool {
        let typeIDs = types.restricted ? types.ids.map(Int.init) : Array(0..<relationshipTypeCountsByID.count)
        var guaranteed = ~UInt64(0)
        for type in typeIDs {
            if direction != .incoming { guaranteed &= relationshipEndLabels[2 * type + 1] }
            if direction != .outgoing { guaranteed &= relationshipEndLabels[2 * type] }
        }
        return labels.masks.allSatisfy { guaranteed & $0 != 0 }
    }

    /// Whether the node carries a label of every group of the filter.
    public func passes(_ node: NodeID, _ filter: LabelFilter) -> Bool {
        let set = nodeLabels[Int(node.index)]
        return filter.masks.allSatisfy { set & $0 != 0 }
    }
}
