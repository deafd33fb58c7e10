import GraphStore
import TradeText

/// What the graph says of how its entities stand to each other, as drafting needs it:
/// - where each is (`LOCATED_IN`): "Dongying Port in Shandong", 地处湖北的鄂州花湖国际机场 name the port's place, which
///   the graph's figures of the port leave out — the region of such a figure is the port's address, not a second
///   thing the figure measures;
/// - the wholes by their parts (`PART_OF`, `MEMBER_OF`; three parts or more): "Guangdong, Jiangsu, Zhejiang,
///   Shanghai, Shandong, Beijing and Fujian together", 上述省市 after that list, name the group the graph states such
///   figures of (the major foreign-trade provinces), not the last province of the list.
struct EntityRelations {
    private let places: [String: Set<String>]
    private let partsOf: [(whole: String, parts: Set<String>)]

    /// The fewest parts a whole needs for a list of them to stand for it: two names are a pair, not a group.
    static let fewestParts = 3

    init(store: GraphStore) {
        var parts: [String: Set<String>] = [:]
        var places: [String: Set<String>] = [:]
        for (label, _) in store.labelCounts where !Gazetteer.unnamedLabels.contains(label) {
            for node in store.nodes(labeled: label) {
                guard let id = store.property("id", of: node).stringValue else { continue }
                for relationship in store.relationships(of: node, direction: .outgoing, types: ["LOCATED_IN", "PART_OF", "MEMBER_OF"]) {
                    guard let other = store.property("id", of: store.target(of: relationship)).stringValue else { continue }
                    if store.type(of: relationship) == "LOCATED_IN" { places[id, default: []].insert(other) } else { parts[other, default: []].insert(id) }
                }
            }
        }
        self.places = places
        partsOf = parts.filter { $0.value.count >= Self.fewestParts }.map { ($0.key, $0.value) }
            .sorted { ($0.parts.count, $0.whole) > ($1.parts.count, $1.whole) }
    }

    /// Whether `region` is where the graph places one of `entities`.
    func isPlace(_ region: String, ofAnyOf entities: some Sequence<String>) -> Bool {
        entities.contains { places[$0]?.contains(region) == true }
    }

    /// The whole with the most parts that `named` names every one of, with its parts.
    func whole(coveredBy named: Set<String>) -> (id: String, parts: Set<String>)? {
        guard named.count >= Self.fewestParts else { return nil }
        return partsOf.first { $0.parts.isSubset(of: named) }.map { ($0.whole, $0.parts) }
    }
}
