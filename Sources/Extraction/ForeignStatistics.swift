import TradeText

/// Figures from a partner's own statistics: briefings cite them beside China's customs figures ("According to
/// U.S. statistics, U.S. imports and exports with China totaled $373.64 billion", "data from the EU", 据美方统计).
/// Such a figure is the partner's (its `reporter`), and its partner is China, the other side from the
/// reporter's point of view (Graph/README.md, "Other statisticians").
enum ForeignStatistics {
    /// The partner whose statistics the sentence cites: one named right before a statistics word (kind
    /// `extract-statistics`: "U.S. statistics", "the EU's data", 美方统计) or right after one ("data from the EU").
    static func statistician(in reading: TextReading, among entities: [EntityMention]) -> String? {
        let text = reading.text.folded
        let partners = entities.filter { DimensionColumn.byLabel[$0.label] == "partner" }
        for cue in reading.cues(kind: "extract-statistics") {
            let named = partners.first { mention in
                mention.range.upperBound <= cue.range.lowerBound && joins(text[mention.range.upperBound..<cue.range.lowerBound])
                    || mention.range.lowerBound >= cue.range.upperBound && joins(text[cue.range.upperBound..<mention.range.lowerBound])
            }
            if let named { return named.id }
        }
        return nil
    }

    /// The figures of a sentence that cites `statistician`: each is its figure, and one of trade with it is of
    /// trade with China.
    static func attribute(_ figures: [DraftFigure], to statistician: String) -> [DraftFigure] {
        figures.map { figure in
            var figure = figure
            figure.reporter = statistician
            if figure.dimensions["partner"] == statistician { figure.dimensions["partner"] = china }
            figure.notes.append("\(statistician) statistics: the partner is China")
            return figure
        }
    }

    /// The economy that reports China's customs statistics.
    static let china = "china"

    /// Whether only a possessive or an article, and "own", stand between a partner and its statistics word
    /// ("Washington's own statistics").
    private static func joins(_ gap: ArraySlice<Character>) -> Bool {
        let word = String(gap).trimmingCharacters(in: .whitespaces)
        return word.isEmpty || ["'s", "’s", "the", "'s own", "’s own", "its own", "own"].contains(word)
    }
}
