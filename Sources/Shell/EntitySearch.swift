import Foundation
import GraphModel
import GraphStore

/// Fuzzy lookup of entities by what a person types, in English or Chinese, over every name, Chinese name and
/// alias: an exact name beats a name that starts with the text, which beats one with a word that starts
/// with it, then one that merely contains it, then a near miss by edit distance (a typo). `:search` lists
/// the ranking; `:describe` and `:export --around` use it to suggest what was meant.
struct EntitySearch {
    /// How well a name matches, best first.
    enum Rank: Comparable, CustomStringConvertible {
        case exact, prefix, wordPrefix, substring
        /// A near miss, by this many edits.
        case typo(Int)

        /// The word `:search` shows in its `match` column.
        var description: String {
            switch self {
            case .exact: return "exact"
            case .prefix: return "prefix"
            case .wordPrefix: return "word prefix"
            case .substring: return "substring"
            case .typo(let edits): return "\(edits) edit\(edits == 1 ? "" : "s")"
            }
        }
    }

    /// One entity found, with the name that matched best.
    struct Match: Equatable {
        let node: NodeID
        /// The name, Chinese name or alias that matched, as written in the graph.
        let matched: String
        let rank: Rank
    }

    /// The shortest text for which near misses count: shorter ones match too much by chance (`eu` is one
    /// edit from `EV`).
    static let typoMinimum = 4

    let store: GraphStore

    /// The best matches, best first; each entity once, under its best-matching name. Ties go to the shorter
    /// name, then alphabetical order, so results are stable.
    func matches(for text: String, limit: Int = 20) -> [Match] {
        let query = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !query.isEmpty else { return [] }
        var best: [NodeID: (folded: String, rank: Rank)] = [:]
        for (folded, node) in store.allNames() {
            guard let rank = Self.rank(of: folded, for: query) else { continue }
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

    /// How `name` (lower-cased) matches `query` (lower-cased), or `nil` when it does not.
    static func rank(of name: String, for query: String) -> Rank? {
        if name == query { return .exact }
        if name.hasPrefix(query) { return .prefix }
        let words = name.split { !$0.isLetter && !$0.isNumber }
        if words.contains(where: { $0.hasPrefix(query) }) { return .wordPrefix }
        if name.contains(query) { return .substring }
        guard query.count >= typoMinimum else { return nil }
        let limit = max(1, (query.count + 1) / 3)
        let target = Array(query)
        let distance = ([Substring(name)] + words).map { Suggestion.editDistance(target, Array($0), limit: limit) }.min() ?? .max
        return distance <= limit ? .typo(distance) : nil
    }
}
