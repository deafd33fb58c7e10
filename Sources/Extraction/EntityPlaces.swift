import GraphStore
import TradeText

/// Where the graph places its entities (`LOCATED_IN`): "Dongying Port in Shandong", 地处湖北的鄂州花湖国际机场 name
/// the port's place, which the graph's figures of the port leave out — the region of such a figure is the
/// port's address, not a second thing the figure measures.
struct EntityPlaces {
    private let places: [String: Set<String>]

    init(store: GraphStore) {
        var places: [String: Set<String>] = [:]
        for (label, _) in store.labelCounts where !Gazetteer.unnamedLabels.contains(label) {
            for node in store.nodes(labeled: label) {
                guard let id = store.property("id", of: node).stringValue else { continue }
                for relationship in store.relationships(of: node, direction: .outgoing, types: ["LOCATED_IN"]) {
                    if let place = store.property("id", of: store.target(of: relationship)).stringValue {
                        places[id, default: []].insert(place)
                    }
                }
            }
        }
        self.places = places
    }

    /// Whether `region` is where the graph places one of `entities`.
    func isPlace(_ region: String, ofAnyOf entities: some Sequence<String>) -> Bool {
        entities.contains { places[$0]?.contains(region) == true }
    }
}
