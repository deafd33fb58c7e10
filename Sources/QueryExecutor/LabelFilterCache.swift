import GraphStore

/// The label groups of a node filter, resolved once per statement and again only when a write adds a label.
final class LabelFilterCache {
    private let groups: [[String]]
    private var resolved: LabelFilter?

    init(_ groups: [[String]]) {
        self.groups = groups
    }

    func filter(in store: GraphStore) -> LabelFilter {
        if let resolved, resolved.knownLabels == store.knownLabelCount { return resolved }
        let filter = store.labelFilter(groups)
        resolved = filter
        return filter
    }
}
