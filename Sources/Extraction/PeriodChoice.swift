import TradeText

/// The periods of a sentence that can be a figure's period: not the base of a comparison ("higher than the
/// same period last year", "compared to the first quarter", 比去年), and not a year that only repeats the
/// year of the part before it ("the first half of the year").
struct PeriodChoice {
    /// Words that join the two ends of a range written out.
    static let rangeJoiners = [" to ", " through ", " until ", "-", "–", "—", "至", "到", "~", " and "]
    /// How far before a period a comparison word may stand: "than the same period of".
    static let comparisonReach = 16
    private let comparisons: PhraseMatcher<String>
    /// Spans with a name of their own (kind `period-span`: "the 13th Five-Year Plan period", 十三五), which a
    /// comparison treats as one period: "a 40% surge from the 13th Five-Year Plan period" is against it.
    private let namedSpans: [String]

    /// The comparison words of `lexicon` (kind `extract-comparison`), matched on their own so that a longer cue
    /// of another kind ("more than") does not hide them.
    init(lexicon: Lexicon) {
        comparisons = PhraseMatcher(lexicon.phrases(kind: "extract-comparison").map { ($0.phrase, $0.meaning) })
        namedSpans = lexicon.phrases(kind: "period-span").map { $0.phrase.lowercased() }
    }

    /// The periods of a sentence that are bases of a comparison ("up 69.7% from 2020", "compared to 2020").
    func bases(_ reading: TextReading) -> [PeriodMention] {
        reading.periods.filter { isBase($0, in: reading.text) || startsFromAPoint($0) }
    }

    /// The bases that are a single year or a point ("than in 2020", "from 2020"), not a span with a name ("the
    /// 13th Five-Year Plan period").
    func pointBases(_ reading: TextReading) -> [PeriodMention] {
        reading.periods.filter { mention in
            startsFromAPoint(mention)
                || isBase(mention, in: reading.text) && mention.period.firstDay.year == mention.period.lastDay.year
        }
    }

    func candidates(_ reading: TextReading) -> [PeriodMention] {
        var kept: [PeriodMention] = []
        for mention in reading.periods {
            if isBase(mention, in: reading.text) || startsFromAPoint(mention) { continue }
            if let previous = kept.last, mention.range.lowerBound - previous.range.upperBound <= 5,
               mention.period.description.count == 4, mention.period.contains(previous.period) { continue }
            kept.append(mention)
        }
        return kept
    }

    /// "up 69.7% from 2020": in a document a span read from "from" and one year, with no end of its own, is the
    /// base of a change; documents write the span itself as "since 2020".
    private func startsFromAPoint(_ mention: PeriodMention) -> Bool {
        let text = mention.text.lowercased()
        return text.hasPrefix("from ") && mention.inference != nil && !text.contains(" to ")
    }

    /// Whether a comparison word stands in the few characters before the period; "from" (meaning `point-base`)
    /// compares only with a single period, or a span with a name: before a range ("from Dec. 18, 2025, to Jan. 10,
    /// 2026") it says when; "over" (meaning `year-base`) compares only with a year written or counted ("over
    /// 2024", "over the previous year"): before a part of one or a range ("over the first half") it says when.
    private func isBase(_ mention: PeriodMention, in text: NormalizedText) -> Bool {
        let start = max(0, mention.range.lowerBound - Self.comparisonReach)
        let window = NormalizedText(text.text(start..<mention.range.lowerBound))
        let written = mention.text.lowercased()
        // A range written as one ("to", "through", 至, a dash), not one read from "from" and a quarter ("up 2.4 points
        // from the first quarter of last year" is against that quarter, not since it).
        let isRange = mention.period.to != nil && !namedSpans.contains(where: written.contains)
            && Self.rangeJoiners.contains(where: written.contains)
        let isYearNamed = mention.period.description.count == 4 && !mention.yearIsAssumed
        return comparisons.matches(in: window).contains { match in
            !match.payload.contains("not-base") && !(isRange && match.payload.allSatisfy { $0 == "point-base" || $0 == "year-base" })
                && !(!isYearNamed && match.payload.allSatisfy { $0 == "year-base" })
        }
    }
}
