/// Reads every number of an English or Chinese trade text — digits, scale words, units, qualifiers, declines,
/// numbers in words and Chinese numerals — into `NumberMention`s, and says of the numbers that state no figure
/// why not. The words come from the Numbers section of `cues-*.tsv`; the rules here only combine them.
public struct NumberReader: Sendable {
    /// Every number cue in one matcher, which reports all that fit at each place, glued to digits too ("45.47trn").
    private let matcher: PhraseMatcher<NumberCueEntry>

    /// A reader over the number cues of `lexicon`.
    public init(lexicon: Lexicon) {
        // A kind's words for extraction alone ("extract-number-unit": "29 policy measures") are read as its own.
        let entries = NumberCue.allCases.flatMap { cue in
            (lexicon.phrases(kind: cue.rawValue) + lexicon.phrases(kind: TradeTextReader.extractionPrefix + cue.rawValue))
                .map { ($0.phrase, NumberCueEntry(cue: cue, meaning: $0.meaning)) }
        }
        matcher = PhraseMatcher(entries, startsAfterDigits: true)
    }

    /// Every number in `text`, left to right; numbers in a list ("7.55, 3.93 and 2.49 trillion yuan") share the
    /// scale and unit written after the last, and a decline word before the first.
    public func numbers(in text: NormalizedText) -> [NumberMention] {
        var scan = NumberScan(text: text, cues: CueIndex(text: text, matcher: matcher))
        return scan.run()
    }

    /// Every number in a string (normalised first); offsets are character offsets of `text`.
    public func numbers(in text: String) -> [NumberMention] {
        numbers(in: NormalizedText(text))
    }
}
