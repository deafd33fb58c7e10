import Foundation
import GraphModel
import GraphStore

/// Finds entities by any of their names (English, Chinese, aliases), for `:search` and for the "did you
/// mean" of `:describe`: every searched word must occur, ranked by `SearchRank`, then shorter names first.
/// Each entity appears once, under its best-matching name.
struct EntitySearch {
    /// One entity found, with the name that matched and how.
    struct Match: Equatable {
        let node: NodeID
        let matched: String
        let rank: SearchRank
    }

    let store: GraphStore

    /// The best matches for `text`, at most `limit`.
    func matches(for text: String, limit: Int = 20) -> [Match] {
        let query = SearchText.folded(text)
        guard !query.isEmpty else { return [] }
        var best: [NodeID: (folded: String, rank: SearchRank)] = [:]
        for (folded, node) in store.allNames() {
            guard let rank = SearchRank.of(folded, for: query) else { continue }
            if let current = best[node], (current.rank, current.folded.count) <= (rank, folded.count) { continue }
            best[node] = (folded, rank)
        }
        let ordered = best.sorted { a, b in
            (a.value.rank, a.value.folded.count, a.value.folded, a.key) < (b.value.rank, b.value.folded.count, b.value.folded, b.key)
        }
        return ordered.prefix(limit).map { node, found in
            Match(node: node, matched: store.names(of: node).first { $0.lowercased() == found.folded } ?? found.folded,
                  rank: found.rank)
        }
    }
}

/// The searched text as it is compared: lower case, blanks collapsed to single spaces.
enum SearchText {
    static func folded(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
