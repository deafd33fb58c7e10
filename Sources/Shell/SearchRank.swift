import GraphModel

/// How well a text matches what was searched for, best first: the whole text, its start, every searched
/// word at the start of a word of the text, inside the text (Chinese has no spaces between words), or a
/// likely typo. Typos are offered only for longer words, one edit (a swap of two letters counts as one)
/// up to eight letters and two beyond: "chips" must not find "China" and "Macao".
enum SearchRank: Comparable, CustomStringConvertible {
    case exact, prefix, wordPrefix, substring
    case typo(Int)

    /// Words shorter than this get no typo matches.
    static let typoMinimum = 5
    /// Words of this length and longer may be two edits away.
    static let twoEditMinimum = 9

    var description: String {
        switch self {
        case .exact: return "exact"
        case .prefix: return "prefix"
        case .wordPrefix: return "word prefix"
        case .substring: return "substring"
        case .typo(let edits): return "\(edits) edit\(edits == 1 ? "" : "s")"
        }
    }

    /// The rank of a lower-cased text for a lower-cased query; `nil` when some searched word is not in it.
    /// `typos` allows near misses (names); figures' evidence and notes match only as written.
    static func of(_ text: String, for query: String, typos: Bool = true) -> SearchRank? {
        if text == query { return .exact }
        if text.hasPrefix(query) { return .prefix }
        let words = text.split { !$0.isLetter && !$0.isNumber && !"%.".contains($0) }.map { $0.trimmingSuffix(".") }
        let searched = query.split(separator: " ")
        var worst = SearchRank.wordPrefix
        for word in searched {
            guard let rank = rank(of: word, in: text, words: words, typos: typos) else { return wholeTypo(text, query, typos) }
            worst = max(worst, rank)
        }
        return worst
    }

    /// A misspelling of the whole text ("hainan free trade prot"), within the limit of its length.
    private static func wholeTypo(_ text: String, _ query: String, _ typos: Bool) -> SearchRank? {
        guard typos, query.count >= typoMinimum else { return nil }
        let limit = query.count >= twoEditMinimum ? 2 : 1
        let distance = edits(Array(query), Array(text), limit: limit)
        return distance <= limit ? .typo(distance) : nil
    }

    private static func rank(of word: Substring, in text: String, words: [Substring], typos: Bool) -> SearchRank? {
        if words.contains(where: { $0.hasPrefix(word) }) { return .wordPrefix }
        if text.contains(word) { return .substring }
        guard typos, word.count >= typoMinimum else { return nil }
        let limit = word.count >= twoEditMinimum ? 2 : 1
        let target = Array(word)
        let distance = ([Substring(text)] + words).map { edits(target, Array($0), limit: limit) }.min() ?? .max
        return distance <= limit ? .typo(distance) : nil
    }

    /// Levenshtein distance, except that two neighbouring letters swapped count as one edit.
    private static func edits(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if a.count == b.count {
            let differences = a.indices.filter { a[$0] != b[$0] }
            if differences.count == 2, differences[1] == differences[0] + 1,
               a[differences[0]] == b[differences[1]], a[differences[1]] == b[differences[0]] { return 1 }
        }
        return Suggestion.editDistance(a, b, limit: limit)
    }
}

private extension Substring {
    func trimmingSuffix(_ suffix: String) -> Substring {
        var text = self
        while text.hasSuffix(suffix) { text = text.dropLast(suffix.count) }
        return text
    }
}
