/// Finds known phrases in text: longest first, never overlapping, whole words for Latin script and anywhere
/// inside Chinese, which is written without spaces. One mechanism for entity names and cue words alike, so a
/// question and a document are read by the same rules.
///
/// The phrases sit in a trie of folded characters, so finding what stands at an offset costs the length of the
/// longest phrase there, not the number of phrases that share its first letter (the gazetteer has hundreds).
public struct PhraseMatcher<Payload: Sendable>: Sendable {
    private struct Node: Sendable {
        var children: [Character: Int] = [:]
        /// The payloads of the phrase that ends here; empty where no phrase ends.
        var payloads: [Payload] = []
    }

    /// A phrase that fits at an offset: its length in characters and its payloads.
    private typealias Fit = (length: Int, payloads: [Payload])

    /// The trie; node 0 is the root.
    private var nodes: [Node] = [Node()]
    /// Whether a phrase may start right after a digit, as number words do in "45.47trn yuan" and "3bn tonnes".
    private let startsAfterDigits: Bool

    /// A matcher over `phrases`; a phrase listed twice keeps every payload (an alias shared by two entities).
    /// With `startsAfterDigits`, a phrase may be glued to the digits before it.
    public init(_ phrases: [(phrase: String, payload: Payload)], startsAfterDigits: Bool = false) {
        self.startsAfterDigits = startsAfterDigits
        for (phrase, payload) in phrases {
            let folded = NormalizedText.fold(phrase.trimmingWhitespace)
            guard !folded.isEmpty else { continue }
            nodes[node(for: folded)].payloads.append(payload)
        }
    }

    /// Every match in `text`, left to right; at each place the longest phrase that fits wins.
    public func matches(in text: NormalizedText) -> [PhraseMatch<[Payload]>] {
        var found: [PhraseMatch<[Payload]>] = []
        var index = 0
        while index < text.folded.count {
            if let longest = fitting(at: index, in: text).last {
                found.append(PhraseMatch(range: index..<(index + longest.length), payload: longest.payloads))
                index += longest.length
            } else {
                index += 1
            }
        }
        return found
    }

    /// Every phrase that fits at each offset — nested and overlapping ones too, the longest first at an offset —
    /// for readers that ask what stands at a given place (the number reader's scale, unit and qualifier words).
    public func allMatches(in text: NormalizedText) -> [PhraseMatch<[Payload]>] {
        text.folded.indices.flatMap { index in
            fitting(at: index, in: text).reversed().map { PhraseMatch(range: index..<(index + $0.length), payload: $0.payloads) }
        }
    }

    /// The node a phrase ends at, created on the way.
    private mutating func node(for phrase: [Character]) -> Int {
        var current = 0
        for character in phrase {
            if let next = nodes[current].children[character] {
                current = next
            } else {
                nodes.append(Node())
                nodes[current].children[character] = nodes.count - 1
                current = nodes.count - 1
            }
        }
        return current
    }

    /// The phrases that fit at `index`, shortest first: a phrase must not start or end inside a Latin word.
    private func fitting(at index: Int, in text: NormalizedText) -> [Fit] {
        let folded = text.folded, isWord = text.isWordCharacter
        let gluedToDigits = startsAfterDigits && index > 0 && folded[index - 1].isASCIIDigit && !folded[index].isASCIIDigit
        guard !(isWord[index] && index > 0 && isWord[index - 1]) || gluedToDigits else { return [] }
        var fits: [Fit] = []
        var current = 0, end = index
        while end < folded.count, let next = nodes[current].children[folded[end]] {
            current = next
            end += 1
            let endsInsideWord = isWord[end - 1] && end < folded.count && isWord[end]
            if !nodes[current].payloads.isEmpty && !endsInsideWord { fits.append((end - index, nodes[current].payloads)) }
        }
        return fits
    }
}

extension String {
    /// The string without leading and trailing white space.
    var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
