import GraphModel
import TradeText

/// Turns the numbers of one sentence into figures: each number takes the metric, flow, period and entities
/// the words nearest before it name (after it, within its clause, when nothing before does), and a list of
/// numbers takes the list of names before it in order (`ParallelLists`).
struct FigureBinder {
    let reading: TextReading
    let numbers: [NumberMention]
    /// What the sentences before left: the period, flow and entities a sentence that names none takes.
    let context: SentenceContext
    let cues: BindingCues
    private let characters: [Character]
    /// The sentence's periods that can be a figure's.
    private let periods: [PeriodMention]
    /// Entities outside asides (`Asides`), which explain the name before them, not names that are periods (the
    /// 14th Five-Year Plan is the figure's period), and not the world where it is only the scope of a rank or a
    /// share.
    private let entities: [EntityMention]

    init(reading: TextReading, numbers: [NumberMention], context: SentenceContext, cues: BindingCues) {
        self.reading = reading
        self.numbers = numbers
        self.context = context
        self.cues = cues
        characters = reading.text.original
        periods = cues.periodChoice.candidates(reading)
        let asides = Asides.of(reading)
        let othersStatistics = context.citesOthers || reading.entities.contains { $0.label == "Organization" }
        entities = reading.entities.filter { mention in
            !asides.contains { $0.contains(mention.range.lowerBound) }
                && !reading.periods.contains { $0.range.overlaps(mention.range) }
                && (othersStatistics || !cues.wholeWorld.contains(mention.text.lowercased()))
        }
    }

    /// The figures, and the numbers that became none, with the reason.
    func bind(line: Int, speaker: String?) -> (figures: [DraftFigure], skipped: [(NumberMention, String)]) {
        var figures: [DraftFigure] = []
        var skipped: [(NumberMention, String)] = []
        let ordered = ParallelLists(reading: reading, numbers: numbers, entities: entities, flows: cues.flows)
        var previousUnit: Unit?
        for (index, number) in numbers.enumerated() {
            if reading.periods.contains(where: { $0.range.overlaps(number.core) }) {
                skipped.append((number, "part of a period"))
                continue
            }
            if reading.entities.contains(where: { $0.range.contains(number.core.lowerBound) }) {
                skipped.append((number, "part of a name"))
                continue
            }
            var number = number
            if number.notAFigure == .noUnit, let inherited = previousUnit, inherited.isCounted, endsItsPhrase(number) {
                number = number.withUnit(inherited)
            }
            guard let unit = number.unit, number.isFigure else {
                skipped.append((number, number.notAFigure?.description ?? "no unit: could not classify"))
                continue
            }
            previousUnit = unit
            let figure = figure(number, unit: unit, index: index, ordered: ordered, line: line, speaker: speaker,
                                after: figures.last)
            let shared = ordered.shared(for: index)
            figures += shared.isEmpty ? [figure] : shared.map { figure.stated(for: $0) }
        }
        return (figures, skipped)
    }

    private func figure(_ number: NumberMention, unit: Unit, index: Int, ordered: ParallelLists, line: Int,
                        speaker: String?, after previous: DraftFigure?) -> DraftFigure {
        var notes: [String] = []
        let metricCue = self.metricCue(for: number, unit: unit)
        let isStreak = unit == .count && self.isStreak(number)
        var metric = isStreak ? "count" : unit == .pp ? pointsMetric(number, after: previous) : metricCue?.meaning ?? MetricChoice.byUnit(unit)
        if unit.isCounted, !isStreak, isChange(number) { metric = "count_change" }
        if metric == "yoy_growth", describesTheCount(before: index) { metric = "count_growth" }
        if metric == "yoy_growth", growsAQuantity(number) { metric = "quantity_growth" }
        var number = number
        if unit == .pp, lowersGrowth(number) {
            // "lowered the overall import growth rate by 2.6 percentage points": a negative contribution.
            metric = "contribution"
            number = number.withValue(-abs(number.value))
        }
        var flow = ordered.flow(for: index) ?? (unit == .rank ? flowAfter(number) : nil)
            ?? flowNamed(around: number) ?? context.flow ?? MetricChoice.defaultFlow(metric)
        if unit.isCounted { flow = flowInClause(number) }
        // Things counted that are no trade partners ("29 policy measures") have no flow; a streak keeps its subject's.
        if MetricChoice.isFlowless(unit) || unit == .count && !isStreak || metric == "count_growth" || sharesACount(number)
            || metric == "quantity_growth" && flowNamed(around: number) == nil
            || metric == "share" && describesTheCount(before: index) { flow = nil }
        var (period, periodNote, periodGuessed) = self.period(for: number)
        if periodGuessed, context.periodIsTheDocument, flow == nil, unit != .cny, unit != .usd, let year = Self.wholeYear(of: period), year != period {
            // "a population of over 1.4 billion", "the world's largest manufacturing country": a standing fact
            // in a quarterly report is the year's, not the quarter's.
            (period, periodNote) = (year, "period: a fact without a flow or a period of its own is the year's (\(year))")
        }
        let run = isStreak ? number : unit == .rank ? streakInClause(of: number) : nil
        if let run, let streak = streak(run, ending: period) {
            // "the second-largest importer for 16 consecutive years": the rank holds for the whole streak.
            period = streak
            notes.append("period is the whole streak as inferred from its length and its last period")
        }
        if let periodNote { notes.append(periodNote) }
        if number.inWords { notes.append("figure written in words") }
        var dimensions = self.dimensions(of: number, index: index)
        for (column, id) in ordered.entities(for: index) { dimensions[column] = id }
        if opensWithAnaphora {
            for (column, id) in context.inherited where dimensions[column] == nil { dimensions[column] = id }
        }
        for column in pointedBack where dimensions[column] == nil { dimensions[column] = context.lastNamed[column] }
        for (column, id) in context.topic where dimensions[column] == nil { dimensions[column] = id }
        if !ordered.entities(for: index).isEmpty || ordered.flow(for: index) != nil { notes.append("bound in order to the list of names") }
        return DraftFigure(metric: metric, flow: flow, period: period.description, value: number.value, unit: unit,
                           approximation: number.approximation, dimensions: dimensions, line: line, speaker: speaker,
                           evidence: evidence(number), notes: notes, metricGuessed: metricCue == nil,
                           periodGuessed: periodGuessed)
    }

    /// Per column, the entity named right after the number in its clause ("72% of bags and suitcases", "64
    /// billion yuan of high-end equipment from the EU"), else the nearest named before it in the sentence; a
    /// policy named outside the clause of a partner's figure is its setting ("under the Belt and Road
    /// Initiative, trade with ASEAN rose 9.6%"), not what the figure measures.
    private func dimensions(of number: NumberMention, index: Int) -> [String: String] {
        var dimensions: [String: String] = [:]
        let clause = SentenceSplitter.clause(around: number.range, in: characters, within: 0..<characters.count)
        let next = numbers.dropFirst(index + 1).first { later in
            !reading.entities.contains { $0.range.contains(later.core.lowerBound) }
        }?.range.lowerBound ?? characters.count
        let end = min(clause.upperBound, next, nextPart(after: number, before: next))
        for mention in entities where mention.range.lowerBound >= number.range.upperBound && mention.range.upperBound <= end {
            guard let column = DimensionColumn.byLabel[mention.label], dimensions[column] == nil else { continue }
            dimensions[column] = mention.id
        }
        let after = Set(dimensions.keys)
        var setting: String?
        for mention in entities.reversed() where mention.range.upperBound <= number.core.lowerBound {
            guard let column = DimensionColumn.byLabel[mention.label], !after.contains(column), dimensions[column] == nil else { continue }
            dimensions[column] = mention.id
            if column == "policy", mention.range.lowerBound < clause.lowerBound { setting = mention.id }
        }
        if setting != nil, dimensions["partner"] != nil { dimensions["policy"] = nil }
        return dimensions
    }

    /// Where the part of a sentence that states the number ends: at the next figure, or right after the number
    /// when " and ", " while " or 和 follows it and starts the next part ("trade with the EU grew by 7.1% and
    /// with Japan by 4.8%"); "90.1% of trade between China and ASEAN" runs on.
    private func nextPart(after number: NumberMention, before next: Int) -> Int {
        let rest = reading.text.folded[number.range.upperBound..<next]
        return Self.partJoiners.contains { rest.starts(with: $0) } ? number.range.upperBound : next
    }

    /// Words that start the next part of a sentence.
    static let partJoiners: [[Character]] = [" and ", ", and ", " while ", ", while ", " whereas ", "和", "，而"].map { Array($0) }

    /// The metric word for the number: the nearest that fits its unit in its clause (before it, then after
    /// it), else the nearest before it in the sentence. A growth word that runs on to "to" or "from" tells how
    /// a level moved ("the proportion further increased to 22.8%", "risen from 7.9% to 10.5%"), and yields.
    private func metricCue(for number: NumberMention, unit: Unit) -> Cue? {
        let folded = reading.text.folded
        let cues = reading.cues(kind: "metric").filter { cue in
            guard MetricChoice.fits(cue.meaning, unit) else { return false }
            let rest = String(folded[cue.range.upperBound..<min(folded.count, cue.range.upperBound + 6)])
            return cue.meaning != "yoy_growth" || !(rest.hasPrefix(" to ") || rest.hasPrefix(" from "))
        }
        let clause = SentenceSplitter.clause(around: number.range, in: characters, within: 0..<characters.count)
        let before = cues.filter { $0.range.upperBound <= number.range.lowerBound }
        return before.last { clause.contains($0.range.lowerBound) }
            ?? cues.first { $0.range.lowerBound >= number.range.upperBound && $0.range.upperBound <= clause.upperBound }
            ?? before.last
    }

    /// The columns whose entity the sentence names by pointing back: "exports to these countries" is about the
    /// partner named last in the turn.
    private var pointedBack: [String] {
        reading.cues(kind: "extract-anaphora-noun").map(\.meaning)
    }

    /// Whether the sentence opens by pointing back: "This accounted for", "Among them", 其中.
    private var opensWithAnaphora: Bool {
        let start = characters.firstIndex { !$0.isWhitespace } ?? 0
        return reading.cues.contains { $0.kind.hasPrefix("extract-anaphora") && $0.range.lowerBound == start }
    }

    /// Whether nothing but punctuation or a function word ("for", "in", "compared") follows a bare number: then it
    /// counts what the figure before it counted ("628,000 enterprises ..., surpassing 600,000 for the first time");
    /// a noun after it ("82 best-practice cases") says it counts something else.
    private func endsItsPhrase(_ number: NumberMention) -> Bool {
        let rest = reading.text.folded[number.range.upperBound...].drop { $0 == " " }
        guard let first = rest.first, first.isLetter else { return true }
        let word = String(rest.prefix { $0.isLetter })
        return cues.functionWords.contains(word)
    }

    /// A rank's flow is in what it ranks: "the largest export market", "second-largest source of imports".
    private func flowAfter(_ number: NumberMention) -> String? {
        let clause = SentenceSplitter.clause(around: number.range, in: characters, within: 0..<characters.count)
        return reading.cues(kind: "flow").first { $0.range.lowerBound >= number.range.upperBound && $0.range.upperBound <= clause.upperBound }?.meaning
    }

    /// A count of things has a flow only where its own clause names one ("exports to more than 170 countries").
    private func flowInClause(_ number: NumberMention) -> String? {
        let clause = SentenceSplitter.clause(around: number.range, in: characters, within: 0..<characters.count)
        return reading.cues(kind: "flow").last { clause.contains($0.range.lowerBound) }?.meaning
    }

    /// The flow a word of the sentence names for the number: in its clause, before it ("exports of X rose 5%")
    /// or after it ("16.2% of total exports"); else before it in the sentence; else after it ("72% of bags ...
    /// imported by China").
    private func flowNamed(around number: NumberMention) -> String? {
        let flows = reading.cues(kind: "flow")
        let clause = SentenceSplitter.clause(around: number.range, in: characters, within: 0..<characters.count)
        let before = flows.filter { $0.range.upperBound <= number.range.lowerBound }
        let after = flows.filter { $0.range.lowerBound >= number.range.upperBound }
        return (before.last { clause.contains($0.range.lowerBound) } ?? after.first { clause.contains($0.range.lowerBound) }
            ?? before.last ?? after.first)?.meaning
    }

    /// "422,000 enterprises, increasing by 6.1%, accounting for nearly 80%": growth or a share stated right
    /// after a count, with no flow or name between, is the count's.
    private func describesTheCount(before index: Int) -> Bool {
        guard index > 0, let unit = numbers[index - 1].unit, unit.isCounted, numbers[index].unit == .percent else { return false }
        let gap = numbers[index - 1].range.upperBound..<numbers[index].range.lowerBound
        // "612,000 enterprises engaged in imports and exports, up 3.3%": flow words describe a flowless count.
        let flowBetween = !MetricChoice.isFlowless(unit) && reading.cues.contains { $0.kind == "flow" && gap.overlaps($0.range) }
        return gap.count <= 40 && !flowBetween && !entities.contains { gap.overlaps($0.range) }
    }

    /// What percentage points measure: after a share in the sentence its change ("accounting for 16.6%, up 0.8
    /// percentage points"), after growth its gap; else the metric word of their clause nearest to them, other
    /// than the unit itself ("0.9 percentage points higher than the overall growth").
    private func pointsMetric(_ number: NumberMention, after previous: DraftFigure?) -> String {
        if let previous, previous.unit == .percent { return MetricChoice.pointsMetric(naming: previous.metric) }
        let clause = SentenceSplitter.clause(around: number.range, in: characters, within: 0..<characters.count)
        let named = reading.cues(kind: "metric").filter { clause.contains($0.range.lowerBound) && !$0.range.overlaps(number.range) }
        let nearest = named.min { abs($0.range.lowerBound - number.range.lowerBound) < abs($1.range.lowerBound - number.range.lowerBound) }
        return nearest.map { MetricChoice.pointsMetric(naming: $0.meaning) } ?? MetricChoice.byUnit(.pp)
    }

    /// Whether a word that pulls a growth rate down (kind `extract-lowers`) stands before the number in its clause.
    private func lowersGrowth(_ number: NumberMention) -> Bool {
        let clause = SentenceSplitter.clause(around: number.range, in: characters, within: 0..<characters.count)
        return reading.cues(kind: "extract-lowers").contains {
            $0.range.lowerBound >= clause.lowerBound && $0.range.upperBound <= number.range.lowerBound
        }
    }

    /// "货物吞吐量突破1亿吨，同比增长超10%": growth in a sentence about an amount that is not trade (kind
    /// `extract-quantity-noun`, before the number) is quantity growth.
    private func growsAQuantity(_ number: NumberMention) -> Bool {
        reading.cues(kind: "extract-quantity-noun").contains { $0.range.upperBound <= number.range.lowerBound }
    }

    /// "86.1% of all enterprises": a share whose base is a count of things (kind `extract-count-base`) has no flow.
    private func sharesACount(_ number: NumberMention) -> Bool {
        let clause = SentenceSplitter.clause(around: number.range, in: characters, within: 0..<characters.count)
        return reading.cues(kind: "extract-count-base").contains { clause.contains($0.range.lowerBound) }
    }

    /// "an increase of 43,000": a growth word right before a count makes it a change of the count.
    private func isChange(_ number: NumberMention) -> Bool {
        let clause = SentenceSplitter.clause(around: number.range, in: characters, within: 0..<characters.count)
        return reading.cues(kind: "metric").contains {
            $0.meaning == "yoy_growth" && $0.range.lowerBound >= clause.lowerBound && $0.range.upperBound <= number.range.lowerBound
        }
    }

    /// The calendar year a period lies in, if it lies in one.
    static func wholeYear(of period: Period) -> Period? {
        guard period.firstDay.year == period.lastDay.year else { return nil }
        return try? Period(parsing: String(format: "%04d", period.firstDay.year))
    }

    /// The figure's period, the note on how it was chosen, and whether no word of the sentence named it.
    private func period(for number: NumberMention) -> (Period, String?, Bool) {
        let periods = self.periods.filter { !$0.range.overlaps(number.range) }
        let clause = SentenceSplitter.clause(around: number.range, in: characters, within: 0..<characters.count)
        let inClause = periods.first { clause.contains($0.range.lowerBound) }
        let before = periods.last { $0.range.upperBound <= number.range.lowerBound }
        if let found = inClause ?? before { return (found.period, found.inference.map { "period: \($0)" }, false) }
        return (context.period.period, context.period.note, true)
    }

    private func isStreak(_ number: NumberMention) -> Bool { streakWord(number) != nil }

    /// The streak stated in the same clause as a number.
    private func streakInClause(of number: NumberMention) -> NumberMention? {
        let clause = SentenceSplitter.clause(around: number.range, in: characters, within: 0..<characters.count)
        return numbers.first { $0.unit == .count && clause.contains($0.range.lowerBound) && isStreak($0) }
    }

    /// The period word after a streak's number: "years" of "three consecutive years", 年 of 连续9年.
    private func streakWord(_ number: NumberMention) -> String? {
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

    private func streak(_ number: NumberMention, ending period: Period) -> Period? {
        guard let word = streakWord(number) else { return nil }
        let since = sinceYear(after: number).flatMap { try? Period(parsing: String(format: "%04d", $0)) }
        return StreakPeriod.period(count: Int(number.value), word: word, ending: period,
                                   starting: since ?? startMarked(before: number))
    }

    /// "自二季度开始，连续3个季度", "starting from June, for seven months": the period a since word marks before
    /// the streak's number, where the streak starts.
    private func startMarked(before number: NumberMention) -> Period? {
        let marks = reading.cues(kind: "since").filter { $0.meaning == "since" }
        return periods.last { mention in
            mention.range.upperBound <= number.range.lowerBound && marks.contains { mark in
                mark.range.upperBound <= mention.range.lowerBound && mention.range.lowerBound - mark.range.upperBound <= 2
            }
        }?.period
    }

    /// "for eight consecutive years since 2017": the year a streak starts in, written after it.
    private func sinceYear(after number: NumberMention) -> Int? {
        let clause = SentenceSplitter.clause(around: number.range, in: characters, within: 0..<characters.count)
        guard let since = reading.cues(kind: "since").first(where: {
            $0.range.lowerBound >= number.range.upperBound && $0.range.upperBound <= clause.upperBound
        }) else { return nil }
        let year = reading.text.folded[since.range.upperBound..<clause.upperBound].drop { $0 == " " }.prefix(4)
        return year.count == 4 ? Int(String(year)) : nil
    }

    /// The clause that states the number, trimmed, at most 200 characters around the number.
    private func evidence(_ number: NumberMention) -> String {
        var range = SentenceSplitter.clause(around: number.range, in: characters, within: 0..<characters.count)
        if range.count > 200 {
            range = max(range.lowerBound, number.range.upperBound - 200)..<number.range.upperBound
        }
        return String(characters[range]).trimmingCharacters(in: .whitespaces)
    }
}
