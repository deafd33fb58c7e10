import TradeText

/// The parts of a sentence that explain a name rather than state a figure's subject: round brackets ("the new
/// trio (electric vehicles, ...)"), a pair of dashes ("seven provinces — Guangdong, ..., Fujian — reached"),
/// and the examples after a name ("electrical equipment such as large transformers and storage batteries",
/// kind `extract-example` of the lexicon), and a news article's dateline. Entities inside them are not the
/// figure's dimensions.
enum Asides {
    static func of(_ reading: TextReading) -> [Range<Int>] {
        let characters = reading.text.original
        return pairs(characters, open: ["(", "（"], close: [")", "）"]) + pairs(characters, open: ["—"], close: ["—"])
            + examples(reading) + [Dateline.range(in: String(characters))].compactMap { $0 }
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

    /// The list of names after an example word that follows a name: "equipment such as A and B" covers A and B.
    private static func examples(_ reading: TextReading) -> [Range<Int>] {
        let text = reading.text.folded
        return reading.cues(kind: "extract-example").compactMap { cue in
            let before = reading.entities.last { $0.range.upperBound <= cue.range.lowerBound }
            guard let named = before, text[named.range.upperBound..<cue.range.lowerBound].allSatisfy(\.isWhitespace) else {
                return nil
            }
            var end = cue.range.upperBound
            for mention in reading.entities where mention.range.lowerBound >= end {
                let gap = text[end..<mention.range.lowerBound]
                guard gap.allSatisfy(\.isWhitespace) || ParallelLists.isSeparator(gap) else { break }
                end = mention.range.upperBound
            }
            return end > cue.range.upperBound ? cue.range.lowerBound..<end : nil
        }
    }
}
