/// Where each kind of number cue occurs in one text, by the offset a match starts at and the offset it ends
/// at, so that the reader can ask "is there a scale word right after this number?" in constant time.
struct CueIndex {
    private var starting: [NumberCue: [Int: PhraseMatch<[String]>]] = [:]
    private var ending: [NumberCue: [Int: PhraseMatch<[String]>]] = [:]

    /// Indexes the matches of every cue kind in `text`.
    init(text: NormalizedText, matchers: [NumberCue: PhraseMatcher<String>]) {
        for (cue, matcher) in matchers {
            for match in matcher.matches(in: text) {
                starting[cue, default: [:]][match.range.lowerBound] = match
                ending[cue, default: [:]][match.range.upperBound] = match
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
