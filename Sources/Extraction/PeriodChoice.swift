import TradeText

/// The periods of a sentence that can be a figure's period: not the base of a comparison ("higher than the
/// same period last year", "compared to the first quarter", 比去年), and not a year that only repeats the
/// year of the part before it ("the first half of the year").
enum PeriodChoice {
    /// How far before a period a comparison word may stand: "than the same period of".
    static let comparisonReach = 14

    static func candidates(_ reading: TextReading) -> [PeriodMention] {
        let comparisons = reading.cues(kind: "extract-comparison")
        var kept: [PeriodMention] = []
        for mention in reading.periods {
            if comparisons.contains(where: { isBase(mention, after: $0) }) { continue }
            if let previous = kept.last, mention.range.lowerBound - previous.range.upperBound <= 5,
               mention.period.contains(previous.period) { continue }
            kept.append(mention)
        }
        return kept
    }

    private static func isBase(_ mention: PeriodMention, after cue: Cue) -> Bool {
        let gap = mention.range.lowerBound - cue.range.upperBound
        return gap >= 0 && gap <= comparisonReach
    }
}
