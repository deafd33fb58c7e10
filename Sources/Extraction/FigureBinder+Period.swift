import GraphModel
import TradeText

/// When a number holds: the periods of its clause and sentence, the context, and streaks.
extension FigureBinder {
    /// The figure's period, with the notes on how it was chosen, and whether no word of the sentence named it.
    func period(of number: NumberMention, unit: Unit, metric: String, flow: String?, isStreak: Bool,
                notes: inout [String]) -> (Period, Bool) {
        var (period, periodNote, periodGuessed) = self.period(for: number)
        if periodGuessed, context.periodIsTheDocument, flow == nil || metric == "share" && sharesTheWorld(number),
           ![.cny, .usd, .enterprises].contains(unit), let year = Self.wholeYear(of: period), year != period {
            // "a population of over 1.4 billion", "the world's largest manufacturing country", "over 50% of global
            // exports": a standing fact in a quarterly report is the year's, not the quarter's (money and
            // enterprises are the period's).
            (period, periodNote) = (year, "period: a fact without a flow or a period of its own is the year's (\(year))")
        }
        if periodGuessed, let day = context.publicationDay, let cue = reading.cues(kind: "extract-to-date").first(where: {
            $0.range.upperBound <= number.range.lowerBound
        }) {
            // "To date, customs authorities from 146 countries have registered", 截至目前: a total up to the day the
            // document was published.
            (period, periodNote) = (day, "period: '\(cue.text)' runs to the publication day (\(day))")
        }
        let run = isStreak ? number : unit == .rank ? streakInClause(of: number).flatMap { countsHowLong($0) ? $0 : nil } : nil
        if periodGuessed, unit == .rank, flow == nil, run == nil, let year = Self.wholeYear(of: context.documentPeriod) {
            // "Ezhou Huahu International Airport, Asia's first professional cargo hub airport": a rank of no trade
            // describes a thing as it stands, in the report's year, not in a period a sentence before named.
            (period, periodNote) = (year, "period: a rank without a flow or a period of its own is the report's year (\(year))")
        }
        if let run, let streak = streak(run, ending: period) {
            // "the second-largest importer for 16 consecutive years": the rank holds for the whole streak.
            period = streak
            notes.append("period is the whole streak as inferred from its length and its last period")
        }
        if metric == "avg_annual_growth", period.firstDay.year == period.lastDay.year, let span = averagingSpan(ending: period) {
            // "an increase of 41.1% compared to 2020, with an average annual growth rate of 7.1%": 2021-2025.
            period = span
            notes.append("period: an average annual rate spans the years of the sentence's comparison or streak")
        }
        if let earlier = yearBefore(number, period: period) {
            period = earlier.period
            notes.append(earlier.note)
        }
        if isStock(number), let day = try? Period(parsing: period.lastDay.description), day != period {
            period = day
            notes.append("period: a total reached is a stock at the end of the period (\(day))")
        }
        if let periodNote { notes.append(periodNote) }
        // A period carried from a sentence before in the paragraph was named, and so was a document's period its
        // opening lines state; one taken from its date is a guess.
        return (period, periodGuessed && context.periodIsTheDocument && !context.documentPeriodStated)
    }

    /// "over 50% of global exports", 占全球出口的50%: a share whose clause names the whole world (a name of kind
    /// `whole-world`) is a share of a world total.
    func sharesTheWorld(_ number: NumberMention) -> Bool {
        let clause = clause(of: number)
        return reading.entities.contains { clause.contains($0.range.lowerBound) && cues.wholeWorld.contains($0.text.lowercased()) }
    }

    /// The calendar year a period lies in, if it lies in one.
    static func wholeYear(of period: Period) -> Period? {
        guard period.firstDay.year == period.lastDay.year else { return nil }
        return try? Period(parsing: String(format: "%04d", period.firstDay.year))
    }

    /// The figure's period, the note on how it was chosen, and whether no word of the sentence named it.
    func period(for number: NumberMention) -> (Period, String?, Bool) {
        let periods = self.periods.filter { !$0.range.overlaps(number.range) }
        if let restated = restatedTurnSpan(before: number, periods: periods) ?? spanSinceLaunch(of: number) {
            return (restated.period, restated.note, false)
        }
        let clause = clause(of: number)
        let before = periods.last { $0.range.upperBound <= number.range.lowerBound }
        // "China's share ... has remained at around 10%, with cumulative imports ... over the past five years":
        // a period the sentence names only after the number is the number's too.
        // Not one right after a later figure that is a base of comparison, which is that base's ("26.04 trillion
        // yuan, 57.3 percent of the total, up from 56.8 percent in the first quarter").
        let after = periods.first { $0.range.lowerBound >= number.range.upperBound }.flatMap { period in
            ownedByLaterFigure(period, than: number) ? nil : period
        }
        let laterInClause = periods.first { period in
            clause.contains(period.range.lowerBound) && !opensNextFigure(period, after: number) && !ownedByLaterFigure(period, than: number)
        }
        // "They fell by 6% in the first quarter and were still 2.7% down at the half-way mark": a period right after
        // the figure before is that figure's; one later in the clause is this one's.
        let beforeIsEarlierFigures = before.map(isLinkedToEarlierFigure) == true
        let ownBefore = before.flatMap { clause.contains($0.range.lowerBound) && !beforeIsEarlierFigures ? $0 : nil }
        let laterOwn = beforeIsEarlierFigures ? periods.first { period in
            period.range.lowerBound >= number.range.upperBound && clause.contains(period.range.lowerBound)
                && !opensNextFigure(period, after: number)
        } : nil
        let found = linkedPeriod(after: number, among: periods) ?? ownBefore ?? laterOwn ?? laterInClause ?? before ?? after
        if let found {
            if let span = spanFromEvent(ending: found, number: number) {
                return (span, "period: from the event the sentence dates to the day after it (\(span))", false)
            }
            return (found.period, found.inference.map { "period: \($0)" }, false)
        }
        // "has become a partner of 160 countries, 20 more than in 2020": a figure set against a base year is the
        // state now, not a span a sentence before named (one set against a span, "up 40% from the 13th Five-Year
        // Plan period", is a span too).
        if !context.periodIsTheDocument, !cues.periodChoice.pointBases(reading).isEmpty {
            return (context.documentPeriod, "period: compared with a base year, the document's \(context.documentPeriod)", false)
        }
        if let back = periodPointedBack() ?? spanAfterEventBase() { return (back.period, back.note, false) }
        return (context.period.period, context.period.note, true)
    }

    /// "6.9% in Q1, 7.2% in the first six months and 6.1% for 2025 as a whole": a period right after the number in
    /// its clause, with only linking words between (kind `extract-period-link`), is the number's own; in a clause of
    /// several periods the others belong to the figures beside them.
    func linkedPeriod(after number: NumberMention, among periods: [PeriodMention]) -> PeriodMention? {
        let clause = clause(of: number)
        guard let next = periods.first(where: { $0.range.lowerBound >= number.range.upperBound }),
              clause.contains(next.range.lowerBound) else { return nil }
        let gap = reading.text.foldedText(number.range.upperBound..<next.range.lowerBound)
        return gap.split(separator: " ").allSatisfy { cues.periodLinks.contains(String($0)) } ? next : nil
    }

    /// Whether `period` is linked (`linkedPeriod`) to a figure after `number` that a comparison word right before it
    /// (kind `extract-comparison`: "up from", "compared with") makes a base.
    func ownedByLaterFigure(_ period: PeriodMention, than number: NumberMention) -> Bool {
        guard let base = numbers.last(where: { $0.isFigure && $0.range.upperBound <= period.range.lowerBound }),
              base.range.lowerBound > number.range.lowerBound,
              reading.cues(kind: "extract-comparison").contains(where: {
                  $0.range.upperBound <= base.range.lowerBound && base.range.lowerBound - $0.range.upperBound <= 1
              }) else { return false }
        return linkedPeriod(after: base, among: periods)?.range == period.range
    }

    /// Whether `period` is linked to the figure right before it (`linkedPeriod`): "6% in the first quarter".
    func isLinkedToEarlierFigure(_ period: PeriodMention) -> Bool {
        guard let earlier = numbers.last(where: { $0.isFigure && $0.range.upperBound <= period.range.lowerBound }) else { return false }
        return linkedPeriod(after: earlier, among: periods)?.range == period.range
    }

    /// "exports rose 5.2% and in the first half imports rose 3.1%": a period after the number that a joining word
    /// (kind `extract-figure-joiner`: and, while) opens, with a figure of the clause after it, is that figure's.
    func opensNextFigure(_ period: PeriodMention, after number: NumberMention) -> Bool {
        guard period.range.lowerBound >= number.range.upperBound else { return false }
        let clause = clause(of: number)
        let gap = reading.text.foldedText(number.range.upperBound..<period.range.lowerBound).split(separator: " ")
        guard let first = gap.first, cues.figureJoiners.contains(String(first)) else { return false }
        return numbers.contains { $0.range.lowerBound >= period.range.upperBound && clause.contains($0.range.lowerBound) }
    }

    /// "which launched ... on Dec. 18, ... averaged 160 million yuan a day from the launch through Jan. 10": a day
    /// after words that start a span at an event (kind `extract-event-start`) in the number's clause ends a span from
    /// the last day the sentence named before those words.
    func spanFromEvent(ending end: PeriodMention, number: NumberMention) -> Period? {
        guard case .day = end.period.from, end.period.to == nil else { return nil }
        let clause = clause(of: number)
        guard let cue = reading.cues(kind: "extract-event-start").last(where: {
            clause.contains($0.range.lowerBound) && $0.range.upperBound <= end.range.lowerBound
        }), let start = periods.last(where: { mention in
            guard case .day = mention.period.from, mention.period.to == nil else { return false }
            return mention.range.upperBound <= cue.range.lowerBound
        }), start.period.firstDay < end.period.lastDay else { return nil }
        return try? Period(parsing: "\(start.period.firstDay)/\(end.period.lastDay)")
    }

    /// "自封关后截至本月上旬，海南新增备案外贸企业4709家": words that restate a span without its dates (kind
    /// `extract-turn-span`) before the number, with no period between, give it the span the turn dated last.
    func restatedTurnSpan(before number: NumberMention, periods: [PeriodMention]) -> (period: Period, note: String)? {
        guard let span = context.turn.span,
              let cue = reading.cues(kind: "extract-turn-span").last(where: { $0.range.upperBound <= number.range.lowerBound }),
              !periods.contains(where: { $0.range.lowerBound >= cue.range.upperBound && $0.range.upperBound <= number.range.lowerBound })
        else { return nil }
        return (span.period, "period: '\(cue.text)' restates the span dated before in the turn (\(span.period))")
    }

    /// "increased by 116 to reach a total of 2,670", 累计数量超过50万家: a word of kind `extract-stock` before the
    /// number in its clause makes it the level reached at the end of the period.
    func isStock(_ number: NumberMention) -> Bool {
        let clause = clause(of: number)
        return reading.cues(kind: "extract-stock").contains {
            $0.range.lowerBound >= clause.lowerBound && $0.range.upperBound <= number.core.lowerBound
        }
    }

    /// The years an average annual rate averages over when its sentence names no span: from the year after the
    /// base it compares with, or the streak it states, to the figure's year.
    func averagingSpan(ending period: Period) -> Period? {
        let year = period.lastDay.year
        if let base = cues.periodChoice.bases(reading).map(\.period.lastDay.year).filter({ $0 < year - 1 }).max() {
            return try? Period(parsing: String(format: "%04d/%04d", base + 1, year))
        }
        return numbers.first { $0.unit == .count && isStreak($0) }.flatMap { streak($0, ending: period) }
    }

    func isStreak(_ number: NumberMention) -> Bool { streakWord(number) != nil }

    /// Whether a streak says how long a rank stated with it held ("for 16 consecutive years", 已连续3年), not which
    /// time it holds now ("for the 17th consecutive year", 连续第17年, 将连续17年成为: kind `extract-streak-nth`
    /// before it): only the first makes the rank the whole streak's.
    static let ordinalEndings = ["st", "nd", "rd", "th"]

    func countsHowLong(_ streak: NumberMention) -> Bool {
        let folded = reading.text.folded
        let core = String(folded[streak.core]).lowercased()
        let next = String(folded[streak.core.upperBound..<min(folded.count, streak.core.upperBound + 2)]).lowercased()
        if Self.ordinalEndings.contains(where: core.hasSuffix) || Self.ordinalEndings.contains(next) { return false }
        if streak.core.lowerBound > 0, folded[streak.core.lowerBound - 1] == "第" { return false }
        return !reading.cues(kind: "extract-streak-nth").contains {
            $0.range.upperBound <= streak.core.lowerBound && streak.core.lowerBound - $0.range.upperBound <= 3
        }
    }

    /// The streak stated in the same clause as a number.
    func streakInClause(of number: NumberMention) -> NumberMention? {
        let clause = clause(of: number)
        return numbers.first { $0.unit == .count && clause.contains($0.range.lowerBound) && isStreak($0) }
    }

    /// The period word after a streak's number: "years" of "three consecutive years", 年 of 连续9年.
    func streakWord(_ number: NumberMention) -> String? {
        let folded = reading.text.folded
        var end = number.range.upperBound
        if end < folded.count, folded[end] == " " { end += 1 }
        for word in ["consecutive ", "straight ", "successive "] {
            let characters = Array(word)
            if end + characters.count <= folded.count, Array(folded[end..<(end + characters.count)]) == characters {
                end += characters.count
            }
        }
        if end < folded.count, folded[end] == " " { end += 1 }
        let rest = String(folded[end..<min(folded.count, end + 8)])
        for word in ["year", "quarter", "month", "年", "个季度", "季度", "个月"] where rest.hasPrefix(word) { return word }
        return nil
    }

    func streak(_ number: NumberMention, ending period: Period) -> Period? {
        guard let word = streakWord(number) else { return nil }
        let since = sinceYear(after: number).flatMap { try? Period(parsing: String(format: "%04d", $0)) }
        return StreakPeriod.period(count: Int(number.value), word: word, ending: period,
                                   starting: since ?? startMarked(before: number))
    }

    /// "自二季度开始，连续3个季度", "starting from June, for seven months": the period a since word marks before
    /// the streak's number, where the streak starts.
    func startMarked(before number: NumberMention) -> Period? {
        let marks = reading.cues(kind: "since").filter { $0.meaning == "since" }
        return periods.last { mention in
            mention.range.upperBound <= number.range.lowerBound && marks.contains { mark in
                mark.range.upperBound <= mention.range.lowerBound && mention.range.lowerBound - mark.range.upperBound <= 2
            }
        }?.period
    }

    /// "for eight consecutive years since 2017": the year a streak starts in, written after it.
    func sinceYear(after number: NumberMention) -> Int? {
        let clause = clause(of: number)
        guard let since = reading.cues(kind: "since").first(where: {
            $0.range.lowerBound >= number.range.upperBound && $0.range.upperBound <= clause.upperBound
        }) else { return nil }
        let year = reading.text.folded[since.range.upperBound..<clause.upperBound].drop { $0 == " " }.prefix(4)
        return year.count == 4 ? Int(String(year)) : nil
    }
}
