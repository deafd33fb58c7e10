import GraphModel
import GraphStore
import TradeText

/// What the graph says of how its entities stand to each other, as drafting needs it:
/// - where each is (`LOCATED_IN`): "Dongying Port in Shandong", 地处湖北的鄂州花湖国际机场 name the port's place, which
///   the graph's figures of the port leave out — the region of such a figure is the port's address, not a second
///   thing the figure measures;
/// - the wholes by their parts (`PART_OF`, `MEMBER_OF`; three parts or more): "Guangdong, Jiangsu, Zhejiang,
///   Shanghai, Shandong, Beijing and Fujian together", 上述省市 after that list, name the group the graph states such
///   figures of (the major foreign-trade provinces), not the last province of the list.
/// - the partner group a policy applies to (`APPLIES_TO`): "the countries of the Belt and Road Initiative" are the
///   group of its partner countries;
/// - the region of the same territory a region's figures are filed under (`COINCIDES_WITH`: the Hainan Free Trade
///   Port is Hainan), and the one region a policy applies to (zero-tariff imports are Hainan's).
struct EntityRelations {
    private let places: [String: Set<String>]
    private let partsOf: [(whole: String, parts: Set<String>)]
    /// The same wholes by id, for looking one up.
    private let partsByWhole: [String: Set<String>]
    /// Per policy, the one partner group it applies to, as a mention would name it.
    private let groups: [String: (node: NodeID, id: String, name: String)]
    /// Per region, the region of the same territory whose id its figures take.
    private let coinciding: [String: String]
    /// Per policy, the one region it applies to, as figures are filed.
    private let policyRegions: [String: String]

    /// The fewest parts a whole needs for a list of them to stand for it: two names are a pair, not a group.
    static let fewestParts = 3

    init(store: GraphStore) {
        var parts: [String: Set<String>] = [:]
        var places: [String: Set<String>] = [:]
        var groups: [String: [(node: NodeID, id: String, name: String)]] = [:]
        var coinciding: [String: String] = [:]
        var regions: [String: Set<String>] = [:]
        for (label, _) in store.labelCounts where !Gazetteer.unnamedLabels.contains(label) {
            for node in store.nodes(labeled: label) {
                guard let id = store.property("id", of: node).stringValue else { continue }
                for relationship in store.relationships(of: node, direction: .outgoing,
                                                        types: ["LOCATED_IN", "PART_OF", "MEMBER_OF", "APPLIES_TO", "COINCIDES_WITH"]) {
                    let target = store.target(of: relationship)
                    guard let other = store.property("id", of: target).stringValue else { continue }
                    switch store.type(of: relationship) {
                    case "LOCATED_IN": places[id, default: []].insert(other)
                    case "COINCIDES_WITH": coinciding[id] = other
                    case "APPLIES_TO":
                        guard label == "Policy" else { continue }
                        let labels = store.labels(of: target)
                        if labels.contains(Self.regionLabel) { regions[id, default: []].insert(other) }
                        guard labels.contains(Self.groupLabel) else { continue }
                        groups[id, default: []].append((target, other, store.property("name", of: target).stringValue ?? other))
                    default: parts[other, default: []].insert(id)
                    }
                }
            }
        }
        self.places = places
        self.groups = groups.compactMapValues { $0.count == 1 ? $0[0] : nil }
        self.coinciding = coinciding
        policyRegions = regions.compactMapValues { ids in
            let filed = Set(ids.map { coinciding[$0] ?? $0 })
            return filed.count == 1 ? filed.first : nil
        }
        partsByWhole = parts.filter { $0.value.count >= Self.fewestParts }
        partsOf = partsByWhole.map { ($0.key, $0.value) }
            .sorted { ($0.parts.count, $0.whole) > ($1.parts.count, $1.whole) }
    }

    /// Whether `region` is where the graph places one of `entities`.
    func isPlace(_ region: String, ofAnyOf entities: some Sequence<String>) -> Bool {
        entities.contains { places[$0]?.contains(region) == true }
    }

    /// The label of partner groups, which a policy's member countries are.
    static let groupLabel = "PartnerGroup"
    /// The label of domestic regions, which a policy may apply to.
    static let regionLabel = "Region"

    /// The region whose id figures of `region` are filed under: itself, or the one of the same territory.
    func filed(_ region: String) -> String { coinciding[region] ?? region }

    /// The one region `policy` applies to, as figures are filed.
    func region(of policy: String) -> String? { policyRegions[policy] }

    /// "The countries of the Belt and Road Initiative": the policy's name taken as the one partner group it applies to.
    func memberGroup(of policy: EntityMention) -> EntityMention? {
        groups[policy.id].map { group in
            EntityMention(node: group.node, id: group.id, label: Self.groupLabel, name: group.name, text: policy.text,
                          range: policy.range)
        }
    }

    /// The parts the graph gives a whole (none for an entity with fewer than `fewestParts`).
    func parts(of whole: String) -> Set<String> {
        partsByWhole[whole] ?? []
    }

    /// The whole with the most parts that `named` names every one of, with its parts.
    func whole(coveredBy named: Set<String>) -> (id: String, parts: Set<String>)? {
        guard named.count >= Self.fewestParts else { return nil }
        return partsOf.first { $0.parts.isSubset(of: named) }.map { ($0.whole, $0.parts) }
    }
}
