import GraphModel
import GraphStore

/// Finds figures by the words of their evidence and note, as the source wrote them — numbers included
/// (`27.1%`, `1.71 trillion`, `集成电路`) — so a reader can go from a sentence to its figure. Only exact
/// words count here, no typos: a figure's text is long, and near misses there are noise.
struct FigureSearch {
    /// One figure found: the text that matched (evidence or note) and how.
    struct Match {
        let node: NodeID
        let matched: String
        let rank: SearchRank
    }

    /// The measurement properties searched, in order of preference.
    static let fields = ["evidence", "note"]

    let store: GraphStore

    /// The best matches for `text`, at most `limit`, in rank order then source order.
    func matches(for text: String, limit: Int = 20) -> [Match] {
        let query = SearchText.folded(text)
        guard !query.isEmpty else { return [] }
        var found: [(match: Match, order: Int)] = []
        for (order, node) in store.nodes(labeled: "Measurement").enumerated() {
            let best = Self.fields.compactMap { field -> Match? in
                guard let value = store.property(field, of: node).stringValue,
                      let rank = SearchRank.of(value.lowercased(), for: query, typos: false) else { return nil }
                return Match(node: node, matched: value, rank: rank)
            }.min { $0.rank < $1.rank }
            if let best { found.append((best, order)) }
        }
        return found.sorted { ($0.match.rank, $0.order) < ($1.match.rank, $1.order) }.prefix(limit).map(\.match)
    }
}
