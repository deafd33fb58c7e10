import GraphModel
import TradeText

/// What a number measures: the metric words around it and the figures before it in the sentence.
extension FigureBinder {
    /// The figure's metric, its value (a drag is negative), and whether the metric of a rate was guessed, no
    /// word naming it.
    func measure(_ number: NumberMention, unit: Unit, index: Int, isStreak: Bool,
                 after previous: DraftFigure?) -> (String, NumberMention, Bool) {
        let (metricCue, cueInClause) = self.metricCue(for: number, unit: unit)
        var metric = isStreak ? "count" : unit == .pp ? pointsMetric(number, after: previous)
            : metricCue?.meaning ?? MetricChoice.byUnit(unit)
        if unit == .percent, !isStreak, metric == "yoy_growth" || !cueInClause, isAShareOf(number) {
            metric = "share"
        } else if unit == .percent, !isStreak, !cueInClause, let previous, previous.unit == .percent {
            metric = previous.metric
        }
        // "contributing to over 40% of global trade growth": a contribution in percent is a contribution rate.
        if unit == .percent, metric == "contribution" { metric = "contribution_rate" }
        // "two fewer working days": days with a change word after them are a count's change too.
        let countsAChange = unit.isCounted || unit == .days && hasChangeWordAfter(number)
        if countsAChange, !isStreak, isChange(number) || continuesAChange(index, unit: unit, after: previous) {
            metric = "count_change"
        }
        if metric == "yoy_growth", describesTheCount(before: index) {
            // Growth of a count of goods ("1 million vehicles, up by a third") is quantity growth.
            metric = numbers[index - 1].unit == .vehicles ? "quantity_growth" : "count_growth"
        }
        if metric == "yoy_growth", growsAQuantity(number) { metric = "quantity_growth" }
        if MetricChoice.isFlowless(unit), statesATerm(number) { metric = "duration" }
        // Money, quantities and counts say what they measure, a decline is a change, points after a figure
        // measure its change; a rate without a word for it is a guess.
        let guessed = metricCue == nil && !number.isDecline && (unit == .percent || unit == .times || unit == .pp && previous == nil)
        guard unit == .pp, lowersGrowth(number) else { return (metric, number, guessed) }
        // "lowered the overall import growth rate by 2.6 percentage points": a negative contribution.
        return ("contribution", number.withValue(-abs(number.value)), false)
    }

    /// The metric word for the number: the nearest that fits its unit in its clause (before it, then after
    /// it), else the nearest before it in the sentence. A growth word that runs on to "to" or "from" tells how
    /// a level moved ("the proportion further increased to 22.8%", "risen from 7.9% to 10.5%"), and yields.
    func metricCue(for number: NumberMention, unit: Unit) -> (cue: Cue?, inClause: Bool) {
        let folded = reading.text.folded
        // "rose 1.8 percentage points to 57.3%": a number reached "to" is a level, not growth.
        let lead = String(folded[max(0, number.range.lowerBound - 3)..<number.range.lowerBound])
        let reached = lead.hasSuffix("to ") || lead.hasSuffix("至") || lead.hasSuffix("到")
        let cues = reading.cues(kind: "metric").filter { cue in
            guard MetricChoice.fits(cue.meaning, unit) else { return false }
            let rest = String(folded[cue.range.upperBound..<min(folded.count, cue.range.upperBound + 6)])
            return cue.meaning != "yoy_growth" || !(reached || rest.hasPrefix(" to ") || rest.hasPrefix(" from "))
        }
        let clause = clause(of: number)
        let before = cues.filter { $0.range.upperBound <= number.range.lowerBound }
        let after = cues.filter { $0.range.lowerBound >= number.range.upperBound && $0.range.upperBound <= clause.upperBound }
        if let own = before.last(where: { clause.contains($0.range.lowerBound) }) ?? after.first {
            return (own, true)
        }
        return (before.last, false)
    }

    /// "up 69.7% from 2020", "an increase of 41.1% compared to 2020": growth over a base before the year before
    /// is growth over that span, not year on year. The base is where its period starts: "from 2020" reads as a
    /// span from 2020 on.
    func comparesWithAnEarlierYear(_ number: NumberMention, period: Period) -> Bool {
        let clause = clause(of: number)
        return cues.periodChoice.bases(reading).contains { base in
            clause.contains(base.range.lowerBound) && base.period.firstDay.year < period.firstDay.year - 1
        }
    }

    /// "72% of bags and suitcases", "surpassing 50% of China's total", "9成的受访企业": a percent of something is a
    /// share of it, whatever growth the clause speaks of.
    func isAShareOf(_ number: NumberMention) -> Bool {
        let rest = reading.text.folded[number.range.upperBound...].prefix(4)
        return String(rest) == " of " || number.inWords && rest.first == "的"
    }

    /// "422,000 enterprises, increasing by 6.1%, accounting for nearly 80%": growth or a share stated right
    /// after a count, with no flow or name between, is the count's.
    func describesTheCount(before index: Int) -> Bool {
        // Not a number inside a name ("China's top ten trading partners took 47.7% of its trade").
        guard index > 0, numbers[index].unit == .percent, let unit = numbers[index - 1].unit,
              !reading.entities.contains(where: { $0.range.contains(numbers[index - 1].core.lowerBound) }) else { return false }
        // "reached 422,000, increasing by 6.1%, and accounting for nearly 80%": a rate after a rate of the count.
        guard unit.isCounted || unit == .percent && describesTheCount(before: index - 1) else { return false }
        let gap = numbers[index - 1].range.upperBound..<numbers[index].range.lowerBound
        // "612,000 enterprises engaged in imports and exports, up 3.3%": flow words describe a flowless count.
        let flowBetween = !MetricChoice.isFlowless(unit) && reading.cues.contains { $0.kind == "flow" && gap.overlaps($0.range) }
        return gap.count <= 40 && !flowBetween && !entities.contains { gap.overlaps($0.range) }
    }

    /// What percentage points measure: a contribution or a change of share where their clause says so before
    /// them; after a share in the sentence its change ("accounting for 16.6%, up 0.8 percentage points"), after
    /// growth its gap; else the metric word of their clause nearest to them, other than the unit itself ("0.9
    /// percentage points higher than the overall growth").
    func pointsMetric(_ number: NumberMention, after previous: DraftFigure?) -> String {
        let clause = clause(of: number)
        let named = reading.cues(kind: "metric").filter { clause.contains($0.range.lowerBound) && !$0.range.overlaps(number.range) }
        let before = named.filter { $0.range.upperBound <= number.range.lowerBound }
        // "contributing 5.3 percentage points to export growth"; "their share ... rose 1.4 percentage points".
        if before.contains(where: { $0.meaning == "contribution" }) || addsToGrowth(number, clause: clause) { return "contribution" }
        if before.contains(where: { $0.meaning == "share" }) { return "share_change" }
        if let previous, previous.unit == .percent { return MetricChoice.pointsMetric(naming: previous.metric) }
        // "contributed 5.3 percentage points of export growth; high-tech products on their own added 2.4 points".
        if let previous, previous.unit == .pp, previous.metric == "contribution" { return "contribution" }
        let nearest = named.min { abs($0.range.lowerBound - number.range.lowerBound) < abs($1.range.lowerBound - number.range.lowerBound) }
        return nearest.map { MetricChoice.pointsMetric(naming: $0.meaning) } ?? MetricChoice.byUnit(.pp)
    }

    /// "added 0.8 of a percentage point to overall growth", "5.4 percentage points of export growth": points "to" or
    /// "of" a growth rate named after them in their clause are what they contributed to it.
    func addsToGrowth(_ number: NumberMention, clause: Range<Int>) -> Bool {
        let rest = String(reading.text.folded[number.range.upperBound..<clause.upperBound])
        guard rest.hasPrefix(" to ") || rest.hasPrefix(" of ") else { return false }
        return reading.cues(kind: "metric").contains { cue in
            cue.range.lowerBound >= number.range.upperBound && clause.contains(cue.range.lowerBound)
                && ["yoy_growth", "growth"].contains(cue.meaning)
        }
    }

    /// Whether a word that pulls a growth rate down stands before the number in its clause (kind `extract-lowers`:
    /// "dragged down ... by 1.4 percentage points") or right after it (kind `extract-lowers-after`: "took 2.6
    /// percentage points off import growth").
    func lowersGrowth(_ number: NumberMention) -> Bool {
        let clause = clause(of: number)
        return reading.cues(kind: "extract-lowers").contains {
            $0.range.lowerBound >= clause.lowerBound && $0.range.upperBound <= number.range.lowerBound
        } || reading.cues(kind: "extract-lowers-after").contains {
            $0.range.lowerBound >= number.range.upperBound && $0.range.lowerBound <= number.range.upperBound + 1
        }
    }

    /// "货物吞吐量突破1亿吨，同比增长超10%": growth in a sentence about an amount that is not trade (kind
    /// `extract-quantity-noun`, before the number) is quantity growth.
    func growsAQuantity(_ number: NumberMention) -> Bool {
        reading.cues(kind: "extract-quantity-noun").contains { noun in
            noun.range.upperBound <= number.range.lowerBound
                && !entities.contains { $0.range.lowerBound >= noun.range.upperBound && $0.range.upperBound <= number.range.lowerBound }
        }
    }

    /// "86.1% of all enterprises", "40% of global GDP": a share whose own base is a count of things or no trade
    /// (kind `extract-count-base`) has no flow. The base is the number's own, with no other number between: after
    /// it in English, before it in Chinese (企业总数的86.1%); in "40% of global GDP and over 50% of global exports" the
    /// second share is of exports.
    func sharesACount(_ number: NumberMention) -> Bool {
        let clause = clause(of: number)
        let previous = numbers.last { $0.range.upperBound <= number.range.lowerBound }?.range.upperBound ?? clause.lowerBound
        let next = nextNumberStart(after: number)
        let chinese = characters[clause].contains(where: \.isHan)
        return reading.cues(kind: "extract-count-base").contains { cue in
            guard clause.contains(cue.range.lowerBound) else { return false }
            return chinese
                ? cue.range.upperBound <= number.range.lowerBound && cue.range.lowerBound >= previous
                : cue.range.lowerBound >= number.range.upperBound && cue.range.lowerBound < next
        }
    }

    /// "increased by 2, 6, and 10": a count listed right after a change of a count is a change too.
    func continuesAChange(_ index: Int, unit: Unit, after previous: DraftFigure?) -> Bool {
        guard index > 0, let previous, previous.metric == "count_change", previous.unit == unit else { return false }
        return ParallelLists.isSeparator(reading.text.folded[numbers[index - 1].range.upperBound..<numbers[index].range.lowerBound])
    }

    /// "a 3.5-fold increase from 2020", "marking a fourfold increase", 增长3.5倍: a multiple that a growth word right
    /// before or after it states is growth by that many hundred percent (a multiple alone, "2.1 times that of
    /// exports", stays a ratio).
    func foldGrowth(_ number: NumberMention) -> NumberMention? {
        guard number.unit == .times else { return nil }
        let folded = reading.text.folded
        let stated = reading.cues(kind: "metric").contains { cue in
            guard cue.meaning == "yoy_growth" else { return false }
            if cue.range.upperBound <= number.range.lowerBound {
                return ["", " ", " by ", "了"].contains(String(folded[cue.range.upperBound..<number.range.lowerBound]))
            }
            return cue.range.lowerBound >= number.range.upperBound
                && folded[number.range.upperBound..<cue.range.lowerBound].allSatisfy(\.isWhitespace)
        }
        return stated ? number.withUnit(.percent).withValue(number.value * 100) : nil
    }

    /// "daily sales averaging 160 million yuan", "10 million yuan in trade every minute", 平均每家进出口9.4亿元: a word
    /// for "each" in the number's clause (kind `extract-per`, meaning what the amount is per) makes it an average
    /// per day, minute, enterprise or project, where the graph has such a unit; a cap on an amount is per the
    /// thing the sentence names before it (`cappedPer`).
    func perUnit(_ number: NumberMention) -> NumberMention? {
        guard let unit = number.unit else { return nil }
        let clause = clause(of: number)
        guard let per = reading.cues(kind: "extract-per").first(where: { clause.contains($0.range.lowerBound) })?.meaning
                ?? cappedPer(number, clause: clause),
              let average = Unit(rawValue: "\(unit.rawValue)/\(per)") else { return nil }
        return number.withUnit(average)
    }

    /// "跨省域项目最高奖补80%，最多不超过25亿元", "for joint projects ..., capped at 800 million yuan": a limit word
    /// before an amount in its clause caps it per the last thing before it that is granted one by one (kind
    /// `extract-capped`, meaning what the cap is per: projects).
    private func cappedPer(_ number: NumberMention, clause: Range<Int>) -> String? {
        guard reading.cues.contains(where: { $0.kind == "metric" && $0.meaning == "limit"
            && clause.contains($0.range.lowerBound) && $0.range.upperBound <= number.range.lowerBound }) else { return nil }
        return reading.cues(kind: "extract-capped").last { $0.range.upperBound <= number.range.lowerBound }?.meaning
    }

    /// "seven more than in 2024": the number reader took the change word after it into its range.
    func hasChangeWordAfter(_ number: NumberMention) -> Bool {
        reading.cues(kind: "extract-number-change-after").contains {
            number.core.upperBound <= $0.range.lowerBound && $0.range.upperBound <= number.range.upperBound
        }
    }

    /// "an increase of 43,000", "seven more": a growth word right before a count, or a change word right after
    /// it, makes it a change of the count.
    func isChange(_ number: NumberMention) -> Bool {
        let folded = reading.text.folded
        if hasChangeWordAfter(number) { return true }
        // Growth words, and the words that ask how many more (kind `more`: 增加).
        return reading.cues.contains { cue in
            guard cue.kind == "metric" && cue.meaning == "yoy_growth" || cue.kind == "more",
                  cue.range.upperBound <= number.range.lowerBound else { return false }
            // "increased by 116", "an increase of 43,000"; not "growth in trade with over 190 countries".
            return ["", " ", " by ", " of ", "了"].contains(String(folded[cue.range.upperBound..<number.range.lowerBound]))
        }
    }
}
