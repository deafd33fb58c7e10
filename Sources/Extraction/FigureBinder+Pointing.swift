import GraphModel
import TradeText

/// Periods and flows a sentence gives its figures by pointing elsewhere: to the period and flow of the figures
/// before ("in that period", 同期), to the span since an event the graph dates ("封关以来截至本月上旬", "since the
/// launch"), and to the whole a share is of ("13.3% of the total").
extension FigureBinder {
    /// "The central and western regions did better, posting an 8.7% rise in that period": words that point back to
    /// a period (kind `extract-period-back`, meaning `back`) give a figure no period word of its paragraph dates the
    /// period the turn's last figures took, in a paragraph before too.
    func periodPointedBack() -> (period: Period, note: String)? {
        guard context.periodIsTheDocument, let back = context.turn.period,
              let cue = reading.cues(kind: "extract-period-back").first(where: { $0.meaning == "back" }) else { return nil }
        return (back, "period: '\(cue.text)' points back to the period of the figures before (\(back))")
    }

    /// "Total sales reached 3.89 billion yuan, both higher than before the launch", "都高于封关之前": figures set
    /// against the time before an event (kind `extract-event-base`; meaning `after-name` for words that do so only
    /// right after the event's name) are of the span since it, the one the turn dated last.
    func spanAfterEventBase() -> (period: Period, note: String)? {
        guard let span = context.turn.span, let cue = reading.cues(kind: "extract-event-base").first(where: { cue in
            cue.meaning != "after-name" || datedEvent(endingAt: cue.range.lowerBound) != nil
        }) else { return nil }
        return (span.period, "period: compared with '\(cue.text)', the span since it that the turn dated (\(span.period))")
    }

    /// "封关以来截至本月上旬，海南新增备案外贸企业4709家", "since the launch of island-wide special customs operations, up to
    /// early this month": words that start a span at an event (kind `extract-event-start`) before the number, or after
    /// it in its clause ("have risen 12% since the launch of ..."), naming an event the text does not date but the
    /// graph does (`LaunchDays`), start a span on that day; it ends on the day the sentence names after them, else
    /// where the part of this month they run to ends (`extract-turn-span`: 本月上旬 ends on the 10th), else on the
    /// publication day.
    func spanSinceLaunch(of number: NumberMention) -> (period: Period, note: String)? {
        let starts = reading.cues(kind: "extract-event-start")
        let clause = clause(of: number)
        guard let cue = starts.last(where: { $0.range.upperBound <= number.range.lowerBound })
                ?? starts.first(where: { $0.range.lowerBound >= number.range.upperBound && clause.contains($0.range.lowerBound) }),
              let event = launchedEvent(near: cue), let start = cues.launchDays.day(of: event) else { return nil }
        // The words after the cue that say where the span ends: up to the number, or up to the next figure.
        let nextFigure = numbers.first { $0.isFigure && $0.range.lowerBound >= number.range.upperBound }?.range.lowerBound
        let reach = cue.range.upperBound..<max(cue.range.upperBound, cue.range.lowerBound < number.range.lowerBound
                                                    ? number.range.lowerBound : nextFigure ?? characters.count)
        let after = periods.filter { reach.contains($0.range.lowerBound) && $0.range.upperBound <= reach.upperBound }
        if after.contains(where: { $0.period.firstDay != $0.period.lastDay && $0.period.to != nil }) { return nil }
        guard let end = after.first(where: { $0.period.firstDay == $0.period.lastDay })?.period.lastDay
                ?? endOfMonthPart(within: reach) ?? context.publicationDay?.lastDay,
              start.firstDay < end, let span = try? Period(parsing: "\(start.firstDay)/\(end)") else { return nil }
        return (span, "period: '\(cue.text)' counts from the day the graph says the event began (\(start)) to \(end)")
    }

    /// The day a part of the publication month ends (kind `extract-turn-span` within `reach`: 截至本月上旬, "up to early
    /// this month" end on the 10th, 中旬 on the 20th, 下旬 on the month's last day).
    private func endOfMonthPart(within reach: Range<Int>) -> CalendarDay? {
        guard let day = context.publicationDay?.lastDay,
              let cue = reading.cues(kind: "extract-turn-span").last(where: { reach.contains($0.range.lowerBound) })
        else { return nil }
        let last = ["early": 10, "mid": 20, "late": CalendarDay.daysIn(month: day.month, year: day.year)][cue.meaning]
        return last.flatMap { CalendarDay(year: day.year, month: day.month, day: $0) }
    }

    /// The event a span-starting word is about: the dated entity whose name it follows (封关以来) or opens (自封关), or that the
    /// sentence names near it ("since the launch of island-wide special customs operations"), else the policy the
    /// turn opened on, else the one the paragraph opened on ("Hainan launched island-wide special customs operations
    /// on Dec. 18. From the launch through Jan. 10, ...").
    private func launchedEvent(near cue: Cue) -> String? {
        if let named = datedEvent(endingAt: cue.range.lowerBound) { return named }
        if cue.meaning == "before-name" {
            // "自封关至今年1月10日": 自, 从 right before the event's name.
            return reading.entities.first { mention in
                mention.range.lowerBound >= cue.range.upperBound && mention.range.lowerBound - cue.range.upperBound <= 1
            }.flatMap { cues.launchDays.day(of: $0.id) != nil ? $0.id : nil }
        }
        guard cue.meaning != "after-name" else { return nil }
        let dated = reading.entities.filter { cues.launchDays.day(of: $0.id) != nil }
        let nearest = dated.min { distance($0.range, cue.range) < distance($1.range, cue.range) }
        return nearest?.id ?? [context.turn.policy, context.topic["policy"]].compactMap { $0 }.first { cues.launchDays.day(of: $0) != nil }
    }

    /// The entity the graph dates whose name ends right before `offset` (at most two characters before: 全岛封关运作).
    private func datedEvent(endingAt offset: Int) -> String? {
        reading.entities.last { mention in
            mention.range.upperBound <= offset && offset - mention.range.upperBound <= 2 && cues.launchDays.day(of: mention.id) != nil
        }?.id
    }

    private func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound : max(0, a.lowerBound - b.upperBound)
    }

    /// "Private firms' share rose to 57.3% from 55.5% a year earlier", "从上年同期的55.5%提高到57.3%": a level right
    /// beside words that set it a year back (kind `extract-year-before`: after the number in English, before it in
    /// Chinese) is of the same period one year before.
    func yearBefore(_ number: NumberMention, period: Period) -> (period: Period, note: String)? {
        let folded = reading.text.folded
        guard let cue = reading.cues(kind: "extract-year-before").first(where: { cue in
            let gap = cue.range.lowerBound >= number.range.upperBound ? folded[number.range.upperBound..<cue.range.lowerBound]
                : cue.range.upperBound <= number.range.lowerBound ? folded[cue.range.upperBound..<number.range.lowerBound] : nil
            return gap.map { $0.count <= 2 && $0.allSatisfy { $0 == " " || $0 == "的" } } == true
        }) else { return nil }
        let earlier = period.description.split(separator: "/").map { part in
            Int(part.prefix(4)).map { String(format: "%04d", $0 - 1) + part.dropFirst(4) } ?? String(part)
        }.joined(separator: "/")
        guard let shifted = try? Period(parsing: earlier) else { return nil }
        return (shifted, "period: '\(cue.text)' sets the level a year before \(period) (\(shifted))")
    }

    /// "Two-way trade ... in that period": a sentence that points back to the period of the figures before, and names
    /// no flow, is of the flow the turn named last.
    func flowPointedBack() -> String? {
        reading.cues(kind: "extract-period-back").contains { $0.meaning == "back" } ? context.turn.flow : nil
    }

    /// "State-owned enterprises accounted for 13.3% of the total", 占全国的13.3%: a share whose whole names no flow
    /// (kind `extract-share-whole` in its clause) is of the flow that whole is, total trade.
    func flowOfTheWhole(_ number: NumberMention, metric: String) -> String? {
        guard metric == "share" else { return nil }
        let clause = clause(of: number)
        return reading.cues(kind: "extract-share-whole").first { clause.contains($0.range.lowerBound) }?.meaning
    }
}
