import TradeText

/// The parts of a sentence that explain a name rather than state a figure's subject: round brackets ("the new
/// trio (electric vehicles, ...)"), a pair of dashes ("seven provinces — Guangdong, ..., Fujian — reached", also
/// typed "--" or ——),
/// the examples after a name ("electrical equipment such as large transformers and storage batteries",
/// kind `extract-example` of the lexicon), the place an event was held, what drove a figure ("driven by ...",
/// 在……带动下), and a news article's dateline.
/// Entities inside them are not the figure's dimensions.
enum Asides {
    static func of(_ reading: TextReading) -> [Range<Int>] {
        let characters = reading.text.original
        let dateline = Dateline.range(in: String(characters))
        // The dash that ends a dateline ("BEIJING, Jan. 15 (Xinhua) --") opens no aside.
        let body = characters.enumerated().map { dateline?.contains($0.offset) == true ? " " : $0.element }
        return pairs(characters, open: ["(", "（"], close: [")", "）"]) + pairs(body, open: ["—"], close: ["—"])
            + pairs(doubleDashes(body), open: ["—"], close: ["—"])
            + examples(reading) + venues(reading) + causes(reading) + [dateline].compactMap { $0 }
    }

    /// "the \"new trio\" -- electric vehicles, photovoltaic products and lithium batteries -- neared", 新三样——A、B和C——:
    /// a dash typed as two hyphens or two em dashes, marked at its second character (the rest blank) so that
    /// its pairs are read as those of a single dash are.
    private static func doubleDashes(_ characters: [Character]) -> [Character] {
        var marks = [Character](repeating: " ", count: characters.count)
        var index = 0
        while index + 1 < characters.count {
            let pair = (characters[index], characters[index + 1])
            if pair == ("-", "-") || pair == ("—", "—") {
                marks[index + 1] = "—"
                index += 2
            } else {
                index += 1
            }
        }
        return marks
    }

    /// "Driven by open channels such as the China-Laos Railway, trade reached ...", 在中老铁路等开放通道带动下, 尽管……: the
    /// clause from a word of kind `extract-cause` (up to a colon), or up to one of kind `extract-cause-end`, names what
    /// drove the figure or what it came about despite.
    private static func causes(_ reading: TextReading) -> [Range<Int>] {
        let characters = reading.text.original
        let whole = 0..<characters.count
        let opening = reading.cues(kind: "extract-cause").map { cue in
            // "The rise came despite weaker prices: import prices of crude oil fell": a colon ends it too.
            let clause = SentenceSplitter.clause(around: cue.range, in: characters, within: whole)
            let end = characters[cue.range.upperBound..<clause.upperBound].firstIndex { ":：".contains($0) } ?? clause.upperBound
            return cue.range.lowerBound..<listEnd(from: end, in: reading)
        }
        let closing = reading.cues(kind: "extract-cause-end").map { cue in
            SentenceSplitter.clause(around: cue.range, in: characters, within: whole).lowerBound..<cue.range.upperBound
        }
        return opening + closing
    }

    /// "The forum was held in Beijing, attracting 86 representatives", 在天津召开: the place an event was held
    /// (the name right after a word of kind `extract-venue`, or between 在 and a word of kind `extract-venue-after`)
    /// is where it met, not a dimension of the figures.
    private static func venues(_ reading: TextReading) -> [Range<Int>] {
        let text = reading.text.folded
        let before = reading.cues(kind: "extract-venue").compactMap { cue in
            reading.entities.first { mention in
                mention.range.lowerBound >= cue.range.upperBound
                    && text[cue.range.upperBound..<mention.range.lowerBound].allSatisfy(\.isWhitespace)
            }?.range
        }
        let after = reading.cues(kind: "extract-venue-after").compactMap { cue in
            reading.entities.last { mention in
                mention.range.upperBound == cue.range.lowerBound && mention.range.lowerBound > 0
                    && text[mention.range.lowerBound - 1] == "在"
            }?.range
        }
        return before + after
    }

    /// The insides of matching pairs, as character offsets.
    private static func pairs(_ characters: [Character], open: Set<Character>, close: Set<Character>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: Int?
        for (index, character) in characters.enumerated() {
            if let opened = start, close.contains(character) {
                ranges.append(opened..<index)
                start = nil
            } else if open.contains(character) {
                start = index + 1
            }
        }
        return ranges
    }

    /// The list of names after an example word that follows a name: "equipment such as A and B" covers A and B,
    /// and so does "the \"new trio\" products, namely A, B and C".
    private static func examples(_ reading: TextReading) -> [Range<Int>] {
        reading.cues(kind: "extract-example").compactMap { cue in
            let before = reading.entities.last { $0.range.upperBound <= cue.range.lowerBound }
            guard let named = before, explains(named.range.upperBound..<cue.range.lowerBound, in: reading) else { return nil }
            let end = listEnd(from: cue.range.upperBound, in: reading)
            return end > cue.range.upperBound ? cue.range.lowerBound..<end : nil
        }
    }

    /// Where the list of names that starts at `start` ends: past each name that only separators (and an
    /// article) part from the one before ("A, B and C", ", the new western land-sea corridor and the China-Laos
    /// Railway").
    private static func listEnd(from start: Int, in reading: TextReading) -> Int {
        let text = reading.text.folded
        var end = start
        for mention in reading.entities where mention.range.lowerBound >= end {
            let gap = text[end..<mention.range.lowerBound]
            let words = String(gap).split { $0 == " " || $0 == "," }.filter { !["the", "a", "an"].contains($0) }
            guard ParallelLists.isSeparator(Array(words.joined(separator: " "))[...]) else { break }
            end = mention.range.upperBound
        }
        return end
    }

    /// Whether what stands between a name and an example word leaves the examples the name's: spaces, quotation
    /// marks, a comma, and at most one word that no cue but a function word reads (the head noun of "\"new trio\"
    /// products, namely").
    private static func explains(_ gap: Range<Int>, in reading: TextReading) -> Bool {
        let text = reading.text.folded
        let words = text[gap].split { $0.isWhitespace || $0 == "," || "\"'“”‘’".contains($0) }
        guard words.count <= 1, let word = words.first else { return words.isEmpty }
        let start = gap.lowerBound + text[gap].distance(from: text[gap].startIndex, to: word.startIndex)
        return word.allSatisfy(\.isLetter) && !reading.cues.contains { $0.kind != "stop" && $0.range.contains(start) }
    }
}
