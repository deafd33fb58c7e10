/// Where each kind of number cue occurs in one text, by the offset a match starts at and the offset it ends
/// at, so that the reader can ask "is there a scale word right after this number?" in constant time.
struct CueIndex {
    private var starting: [NumberCue: [Int: PhraseMatch<[String]>]] = [:]
    private var ending: [NumberCue: [Int: PhraseMatch<[String]>]] = [:]

    /// Indexes every cue of `matcher` in `text`, the longest of each kind that starts (or ends) at an offset.
    init(text: NormalizedText, matcher: PhraseMatcher<NumberCueEntry>) {
        for match in matcher.allMatches(in: text) {
            for cue in Set(match.payload.map(\.cue)) {
                let kindMatch = PhraseMatch(range: match.range, payload: match.payload.filter { $0.cue == cue }.map(\.meaning))
                if starting[cue]?[match.range.lowerBound] == nil { starting[cue, default: [:]][match.range.lowerBound] = kindMatch }
                if ending[cue]?[match.range.upperBound] == nil { ending[cue, default: [:]][match.range.upperBound] = kindMatch }
            }
        }
    }

    /// The cue of `kind` that starts at `offset`.
    func match(_ kind: NumberCue, at offset: Int) -> PhraseMatch<[String]>? {
        starting[kind]?[offset]
    }

    /// The cue of `kind` that ends at `offset`.
    func match(_ kind: NumberCue, endingAt offset: Int) -> PhraseMatch<[String]>? {
        ending[kind]?[offset]
    }

    /// The last cue of `kind` that lies wholly inside `range`.
    func lastMatch(_ kind: NumberCue, in range: Range<Int>) -> PhraseMatch<[String]>? {
        for end in range.reversed() {
            if let match = ending[kind]?[end + 1], match.range.lowerBound >= range.lowerBound { return match }
        }
        return nil
    }

    /// The meaning of the cue of `kind` at `offset` (its first payload).
    func meaning(_ kind: NumberCue, at offset: Int) -> String? {
        match(kind, at: offset)?.payload.first
    }
}

/// One number cue of the lexicon: its kind and meaning.
struct NumberCueEntry: Sendable {
    let cue: NumberCue
    let meaning: String
}
