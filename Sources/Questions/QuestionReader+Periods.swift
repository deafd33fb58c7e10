import GraphModel
import TradeText

/// The periods a question asks for, apart from those it compares with: bases of comparison, years a question
/// about when leaves to the answer, a year written apart from its quarter, a base that is the year before.
extension QuestionReader {
    /// The periods that a comparison word stands right before ("than in 2020", 比2020年) or between two words
    /// of one (跟2020年比, 与2020年相比): the base the figure is compared with, not its period. When every one of
    /// several periods would be a base, none is taken for one.
    static func basePeriods(of reading: TextReading) -> Set<Range<Int>> {
        let marks = reading.cues(kind: "base"), withs = reading.cues(kind: "base-with"), afters = reading.cues(kind: "base-after")
        let bases = reading.periods.filter { period in
            marks.contains { adjacent($0.range, period.range, in: reading) }
                || withs.contains { adjacent($0.range, period.range, in: reading) }
                    && afters.contains { adjacent(period.range, $0.range, in: reading, allowing: "年") }
        }
        return bases.count < reading.periods.count || bases.count == 1 && reading.periods.count == 1
            ? Set(bases.map(\.range)) : []
    }

    /// The periods a figure asked for is of: not a base of comparison, and, when the question asks when a mark
    /// was passed ("when did trade first cross 40 trillion yuan"), not a year the text left out — the year is
    /// the answer, not the default.
    static func periods(of reading: TextReading, bases: Set<Range<Int>>, metric: String?, reference: PeriodReference) -> [PeriodMention] {
        let periods = reading.periods.filter { !bases.contains($0.range) && !(metric == "threshold" && $0.yearIsAssumed) }
        return yearWrittenApart(periods, reference: reference) ?? periods
    }

    /// A part of a year without its year, and the one year the question writes apart from it ("一季度对东盟出口
    /// 增长多少（2025年）", "first quarter exports, 2025"): that part of that year, asked once.
    static func yearWrittenApart(_ periods: [PeriodMention], reference: PeriodReference) -> [PeriodMention]? {
        guard periods.count == 2, let part = periods.first(where: \.yearIsAssumed),
              let year = periods.first(where: { !$0.yearIsAssumed }), case let whole = year.period,
              whole.firstDay.month == 1, whole.firstDay.day == 1, whole.lastDay.month == 12, whole.lastDay.day == 31,
              whole.firstDay.year == whole.lastDay.year else { return nil }
        let notation = part.period.description.replacingOccurrences(of: String(reference.bareYear), with: String(whole.firstDay.year))
        guard let period = try? Period(parsing: notation) else { return nil }
        return [PeriodMention(period: period, text: part.text + " " + year.text, range: part.range, inference: nil)]
    }

    /// Every base is the same part of the year before a period asked ("2025年比2024年", "Q1 2025 against Q1
    /// 2024"): the growth against it is the year-on-year growth, not growth over a span.
    static func isYearOnYear(bases: [PeriodMention], periods: [PeriodMention]) -> Bool {
        bases.allSatisfy { base in
            periods.contains { asked in
                let (a, b) = (asked.period, base.period)
                return a.firstDay.year == b.firstDay.year + 1 && a.lastDay.year == b.lastDay.year + 1
                    && a.firstDay.month == b.firstDay.month && a.lastDay.month == b.lastDay.month
            }
        }
    }

    /// `first` ends right before `second` starts, with nothing but spaces (or the `allowing` word) between.
    static func adjacent(_ first: Range<Int>, _ second: Range<Int>, in reading: TextReading, allowing word: String = "") -> Bool {
        guard first.upperBound <= second.lowerBound else { return false }
        let between = String(reading.text.foldedText(first.upperBound..<second.lowerBound).filter { !$0.isWhitespace })
        return between.isEmpty || between == word
    }
}
