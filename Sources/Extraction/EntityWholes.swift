import GraphStore
import TradeText

/// The graph's wholes by their parts (`PART_OF`, `MEMBER_OF`; three parts or more): "Guangdong, Jiangsu,
/// Zhejiang, Shanghai, Shandong, Beijing and Fujian together", 上述省市 after that list, name the group the graph
/// states such figures of (the major foreign-trade provinces), not the last province of the list.
struct EntityWholes {
    private let partsOf: [(whole: String, parts: Set<String>)]

    /// The fewest parts a whole needs for a list of them to stand for it: two names are a pair, not a group.
    static let fewestParts = 3

    init(store: GraphStore) {
        var parts: [String: Set<String>] = [:]
        for (label, _) in store.labelCounts where !Gazetteer.unnamedLabels.contains(label) {
            for node in store.nodes(labeled: label) {
                guard let id = store.property("id", of: node).stringValue else { continue }
                for relationship in store.relationships(of: node, direction: .outgoing, types: ["PART_OF", "MEMBER_OF"]) {
                    if let whole = store.property("id", of: store.target(of: relationship)).stringValue {
                        parts[whole, default: []].insert(id)
                    }
                }
            }
        }
        partsOf = parts.filter { $0.value.count >= Self.fewestParts }.map { ($0.key, $0.value) }
            .sorted { ($0.parts.count, $0.whole) > ($1.parts.count, $1.whole) }
    }

    /// The whole with the most parts that `named` names every one of, and how many parts it has.
    func whole(coveredBy named: Set<String>) -> (id: String, parts: Set<String>)? {
        guard named.count >= Self.fewestParts else { return nil }
        return partsOf.first { $0.parts.isSubset(of: named) }.map { ($0.whole, $0.parts) }
    }
}
