/// Finds known phrases in text: longest first, never overlapping, whole words for Latin script and anywhere
/// inside Chinese, which is written without spaces. One mechanism for entity names and cue words alike, so a
/// question and a document are read by the same rules.
public struct PhraseMatcher<Payload: Sendable>: Sendable {
    private struct Candidate: Sendable {
        let characters: [Character]
        let payloads: [Payload]
    }

    /// Candidates by their first folded character, longest first.
    private var byFirst: [Character: [Candidate]] = [:]

    /// A matcher over `phrases`; a phrase listed twice keeps every payload (an alias shared by two entities).
    public init(_ phrases: [(phrase: String, payload: Payload)]) {
        var grouped: [[Character]: [Payload]] = [:]
        var order: [[Character]] = []
        for (phrase, payload) in phrases {
            let folded = NormalizedText.fold(phrase.trimmingWhitespace)
            guard !folded.isEmpty else { continue }
            if grouped[folded] == nil { order.append(folded) }
            grouped[folded, default: []].append(payload)
        }
        for characters in order {
            byFirst[characters[0], default: []].append(Candidate(characters: characters, payloads: grouped[characters] ?? []))
        }
        for key in byFirst.keys { byFirst[key]?.sort { $0.characters.count > $1.characters.count } }
    }

    /// Every match in `text`, left to right; at each place the longest phrase that fits wins.
    public func matches(in text: NormalizedText) -> [PhraseMatch<[Payload]>] {
        let folded = text.folded
        var found: [PhraseMatch<[Payload]>] = []
        var index = 0
        while index < folded.count {
            if let candidate = longest(at: index, in: folded) {
                found.append(PhraseMatch(range: index..<(index + candidate.characters.count), payload: candidate.payloads))
                index += candidate.characters.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// Every phrase that fits at each offset — nested and overlapping ones too, the longest first at an offset —
    /// for readers that ask what stands at a given place (the number reader's scale, unit and qualifier words).
    public func allMatches(in text: NormalizedText) -> [PhraseMatch<[Payload]>] {
        let folded = text.folded
        return folded.indices.flatMap { index in
            fitting(at: index, in: folded).map { PhraseMatch(range: index..<(index + $0.characters.count), payload: $0.payloads) }
        }
    }

    private func longest(at index: Int, in folded: [Character]) -> Candidate? {
        fitting(at: index, in: folded).first
    }

    private func fitting(at index: Int, in folded: [Character]) -> LazyFilterSequence<[Candidate]> {
        guard let candidates = byFirst[folded[index]],
              !(candidates[0].characters[0].isWordCharacter && index > 0 && folded[index - 1].isWordCharacter) else {
            return [Candidate]().lazy.filter { _ in false }
        }
        return candidates.lazy.filter { candidate in
            let end = index + candidate.characters.count
            guard end <= folded.count, folded[index..<end].elementsEqual(candidate.characters) else { return false }
            let last = candidate.characters[candidate.characters.count - 1]
            return !(last.isWordCharacter && end < folded.count && folded[end].isWordCharacter)
        }
    }
}

extension String {
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
