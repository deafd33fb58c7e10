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
    let characters: [Character]
    /// The sentence's periods that can be a figure's.
    let periods: [PeriodMention]
    /// Entities outside asides (`Asides`), which explain the name before them, not names that are periods (the
    /// 14th Five-Year Plan is the figure's period) or sit in a number's unit ("U.S. dollars"), and not the world
    /// where it is only the scope of a rank or a share.
    let entities: [EntityMention]

    init(reading: TextReading, numbers: [NumberMention], context: SentenceContext, cues: BindingCues) {
        self.reading = reading
        self.numbers = numbers
        self.context = context
        self.cues = cues
        characters = reading.text.original
        let dateline = Dateline.range(in: String(reading.text.original))
        periods = cues.periodChoice.candidates(reading).filter { period in !(dateline?.contains(period.range.lowerBound) ?? false) }
        let asides = Asides.of(reading)
        let othersStatistics = reading.entities.contains { $0.label == "Organization" }
            || context.organisationBefore && !reading.cues(kind: "reporter").isEmpty
        let agentVerbs = reading.cues(kind: "extract-agent-verb")
        let members = reading.cues(kind: "extract-members-of")
        entities = reading.entities.map { mention in
            Self.namesMembers(mention, after: members) ? cues.relations.memberGroup(of: mention) ?? mention : mention
        }.filter { mention in
            !asides.contains { $0.contains(mention.range.lowerBound) }
                && !reading.periods.contains { $0.range.overlaps(mention.range) }
                && !numbers.contains { $0.core.upperBound <= mention.range.lowerBound && mention.range.upperBound <= $0.range.upperBound }
                && (othersStatistics || !cues.wholeWorld.contains(mention.text.lowercased()))
                && !Self.speaksForAGovernment(mention, verbs: agentVerbs)
                && !Self.isPlainWordInProse(mention, in: reading.text, modeWords: cues.modeWords)
                && !Self.spellsOutAWhole(mention, in: reading, cues: cues)
        }
    }

    /// "the countries of the Belt and Road Initiative", "countries that take part in the BRI": a policy's name right
    /// after words for its members (kind `extract-members-of`) names the countries it applies to.
    static func namesMembers(_ mention: EntityMention, after members: [Cue]) -> Bool {
        mention.label == "Policy" && members.contains {
            $0.range.upperBound <= mention.range.lowerBound && mention.range.lowerBound - $0.range.upperBound <= 1
        }
    }

    /// "The \"new trio\" of electric vehicles, lithium batteries and solar panels saw exports grow 27.1%", "the new trio,
    /// so electric vehicles, lithium batteries and solar": a part named right after its whole, with only "of", a comma,
    /// a colon, a bracket or other parts of it between, spells out the whole and is not a figure's subject.
    static func spellsOutAWhole(_ mention: EntityMention, in reading: TextReading, cues: BindingCues) -> Bool {
        let relations = cues.relations
        return reading.entities.contains { whole in
            let parts = relations.parts(of: whole.id)
            guard whole.range.upperBound <= mention.range.lowerBound, parts.contains(mention.id) else { return false }
            var gap = Array(reading.text.folded[whole.range.upperBound..<mention.range.lowerBound])
            for other in reading.entities where parts.contains(other.id) && other.range.lowerBound >= whole.range.upperBound
                && other.range.upperBound <= mention.range.lowerBound {
                for index in other.range { gap[index - whole.range.upperBound] = " " }
            }
            let words = String(gap).split { " ,:;()\"'“”‘’—-".contains($0) }
            return words.allSatisfy { cues.spellingWords.contains(String($0)) }
        }
    }

    /// "the headline was the one Beijing had hoped for", "which Beijing likes to call": a place right before a verb of
    /// saying or wanting (kind `extract-agent-verb`) stands for its government, not for a figure's region.
    static func speaksForAGovernment(_ mention: EntityMention, verbs: [Cue]) -> Bool {
        verbs.contains { $0.range.lowerBound >= mention.range.upperBound && $0.range.lowerBound <= mention.range.upperBound + 1 }
    }

    /// "The road there was bumpier than the total suggests": a channel named by one plain lower-case word ("road",
    /// "rail") is that transport mode only beside words that say so ("by road", "rail and road", "road freight").
    static func isPlainWordInProse(_ mention: EntityMention, in text: NormalizedText,
                                   modeWords: (before: Set<String>, after: Set<String>)) -> Bool {
        let written = text.text(mention.range)
        guard mention.label == "Channel", written.allSatisfy({ $0.isLowercase }) else { return false }
        // In a list of modes ("via rail, road, water and air transportation") a comma beside it says so too.
        let before = text.foldedText(0..<mention.range.lowerBound).split(separator: " ").last.map(String.init) ?? ""
        let after = text.foldedText(mention.range.upperBound..<text.folded.count).split(separator: " ").first.map(String.init) ?? ""
        let listed = before.hasSuffix(",") || after.hasPrefix(",")
        return !listed && !modeWords.before.contains(before) && !modeWords.after.contains(after.trimmingCharacters(in: .punctuationCharacters))
    }

    /// The figures, the numbers that became none with the reason, and the items of lists that name nothing
    /// the graph knows ("integrated circuits").
    func bind(line: Int, speaker: String?, lineBreak: LineBreak? = nil) -> (figures: [DraftFigure], skipped: [(NumberMention, String)], unknown: [String]) {
        var figures: [DraftFigure] = []
        var skipped: [(NumberMention, String)] = []
        let ordered = ParallelLists(reading: reading, numbers: numbers, entities: entities, flows: cues.flows)
        var previousCount = pointsBackToFigures ? context.counted : nil
        var currency = context.currencies.usual
        // Names whose total a figure of the sentence is ("Shandong and Fujian reached 7.78 trillion yuan, three
        // quarters of the total"): no later figure of the sentence is one of theirs alone either.
        var totals: [String: Set<String>] = [:]
        // Names a figure was stated for each of ("prices of crude oil and iron ore fell by about 10%, which lowered
        // import growth by 1.4 points"): a later figure whose clause does not name one again is of none alone.
        var spread: [String: Set<String>] = [:]
        // A number inside a phrase that points back ("these three enterprises") restates a count of names given.
        let pointing = cues.listAnaphora.matches(in: reading.text)
        let pointed = ListAnaphora(pointing, previous: context.previousNamed)
        for (index, number) in numbers.enumerated() {
            if let reason = notAFigure(number, pointing: pointing) {
                // The number's own kind ("a year") says more than the phrase it sits in, unless it has none.
                let own = number.notAFigure.flatMap { $0 == .noUnit ? nil : $0.description }
                skipped.append((number, own ?? reason))
                continue
            }
            var number = number
            let countedAsBefore = previousCount.flatMap { countsAsBefore(number, before: $0.value) ? $0 : nil }
            if let countedAsBefore { number = number.withUnit(countedAsBefore.unit) }
            if number.unit == nil, number.isScaled, isScaledInEnglish(number), number.notAFigure == .noUnit, let currency {
                // "Exports carried it: 26.99 trillion": an amount without its currency is in the sentence's last one,
                // else in the document's usual one (Chinese names it with every amount, 亿元; one without is a band of a
                // list, 超过万亿、千亿和百亿元).
                number = number.withUnit(currency)
            }
            if countsPartners(number) { number = number.withUnit(.countries) } else if countsItsNoun(number) { number = number.withUnit(.count) }
            if countsThemAsEnterprises(number) { number = number.withUnit(.enterprises) }
            if let growth = foldGrowth(number) { number = growth }
            if let average = perUnit(number) { number = average }
            guard let unit = number.unit, number.isFigure else {
                skipped.append((number, number.notAFigure?.description ?? "no unit: could not classify"))
                continue
            }
            if let list = ordered.summed(for: index) { totals[list.column, default: []].formUnion(list.ids) }
            var figure = figure(number, unit: unit, index: index, ordered: ordered, line: line, speaker: speaker,
                                after: figures.last, totals: totals)
            if let lineBreak {
                (figure.line, figure.evidence) = (lineBreak.line(at: number.range.lowerBound, otherwise: line),
                                                  evidence(number, within: lineBreak))
            }
            figure.dimensions = notOfOneAlone(figure.dimensions, spread: spread, number: number)
            if let national = flowOfTheCountry(figure, number: number, after: figures.last) {
                figure.flow = national
                figure.notes.append("flow: total trade, no flow word")
            }
            if let countedAsBefore, figure.flow == nil { figure.flow = countedAsBefore.flow }
            previousCount = unit.isCounted ? (unit, figure.flow, figure.value) : nil
            if unit.isMoney { currency = unit }
            for entity in ordered.shared(for: index) { for (column, id) in entity { spread[column, default: []].insert(id) } }
            figures += rows(of: figure, number: number, index: index, ordered: ordered, pointed: pointed)
        }
        if let statistician = ForeignStatistics.statistician(in: reading, among: entities) {
            figures = ForeignStatistics.attribute(figures, to: statistician)
        }
        return (figures, skipped, ordered.unknownItems.map { String(characters[$0]) })
    }

    /// Why a number states no figure of its own: it restates a count of names given ("these three enterprises"),
    /// is part of a period or a name, or describes what a count counts ("超过万亿元的有14个").
    private func notAFigure(_ number: NumberMention, pointing: [PhraseMatch<[Int]>]) -> String? {
        if pointing.contains(where: { $0.range.overlaps(number.core) }) { return "counts the names before" }
        if reading.periods.contains(where: { $0.range.overlaps(number.core) }) { return "part of a period" }
        if reading.entities.contains(where: { $0.range.contains(number.core.lowerBound) }) { return "part of a name" }
        if describesACount(number) { return "describes what the count after it counts" }
        if describesTheCountBefore(number) { return "describes what the count before it counts" }
        return nil
    }

    /// Whether the scale word after the number is English ("trillion", "bn").
    private func isScaledInEnglish(_ number: NumberMention) -> Bool {
        characters[number.core.upperBound..<number.range.upperBound].first { $0 != " " }?.isASCII ?? false
    }

    /// Drops the names a figure before was stated for each of from a figure whose clause does not name them again.
    private func notOfOneAlone(_ dimensions: [String: String], spread: [String: Set<String>], number: NumberMention) -> [String: String] {
        let clause = clause(of: number)
        return dimensions.filter { column, id in
            !(spread[column]?.contains(id) ?? false) || entities.contains { $0.id == id && clause.contains($0.range.lowerBound) }
        }
    }

    /// The rows of one figure: one, one per name of a list it is stated for, or those of the names a phrase
    /// points back to ("these two regions").
    private func rows(of figure: DraftFigure, number: NumberMention, index: Int, ordered: ParallelLists,
                      pointed: ListAnaphora?) -> [DraftFigure] {
        let shared = ordered.shared(for: index)
        if let pointed, shared.isEmpty, ordered.entities(for: index).isEmpty, pointed.range.upperBound <= number.range.lowerBound {
            return pointed.rows(for: figure, position: ordered.position(for: index))
        }
        return shared.isEmpty ? [figure] : shared.map { figure.stated(for: $0) }
    }

    private func figure(_ number: NumberMention, unit: Unit, index: Int, ordered: ParallelLists, line: Int,
                        speaker: String?, after previous: DraftFigure?, totals: [String: Set<String>]) -> DraftFigure {
        let isStreak = unit == .count && self.isStreak(number)
        var (metric, number, metricGuessed) = measure(number, unit: unit, index: index, isStreak: isStreak, after: previous)
        let flow = flow(of: number, unit: unit, metric: metric, index: index, isStreak: isStreak, ordered: ordered)
        var notes: [String] = []
        let (period, periodGuessed) = period(of: number, unit: unit, metric: metric, flow: flow, isStreak: isStreak,
                                             notes: &notes)
        if metric == "yoy_growth", comparesWithAnEarlierYear(number, period: period) { metric = "growth" }
        if number.inWords { notes.append("figure written in words") }
        let inOrder = !ordered.entities(for: index).isEmpty || ordered.flow(for: index) != nil
        if inOrder { notes.append("bound in order to the list of names") }
        // "January to March" is the first quarter; a streak counted in months keeps its months.
        let written = isStreak ? period : period.simplest
        return DraftFigure(metric: metric, flow: flow, period: written.description, value: number.value, unit: unit,
                           approximation: number.approximation,
                           dimensions: dimensions(of: number, unit: unit, index: index, ordered: ordered, totals: totals),
                           line: line, speaker: speaker, evidence: evidence(number), notes: notes,
                           metricGuessed: metricGuessed, periodGuessed: periodGuessed)
    }

    /// Whether the sentence opens by pointing back: "This accounted for", "Among them", 其中.
    var opensWithAnaphora: Bool {
        let start = characters.firstIndex { !$0.isWhitespace } ?? 0
        return reading.cues.contains { $0.kind.hasPrefix("extract-anaphora") && $0.range.lowerBound == start }
    }

    /// Where the next number of the sentence starts (not one inside a name), or the sentence's end.
    func nextNumberStart(after number: NumberMention) -> Int {
        numbers.first { later in
            later.range.lowerBound >= number.range.upperBound && !reading.entities.contains { $0.range.contains(later.core.lowerBound) }
        }?.range.lowerBound ?? characters.count
    }

    /// "Asia's first cargo hub airport": the name a rank is possessed by is where it ranks, not what it ranks.
    func rankScope(of number: NumberMention) -> (column: String, id: String)? {
        let folded = reading.text.folded
        guard let mention = reading.entities.last(where: { $0.range.upperBound <= number.core.lowerBound }),
              let column = DimensionColumn.byLabel[mention.label] else { return nil }
        let between = String(folded[mention.range.upperBound..<number.core.lowerBound])
        return between == "'s " || between == "’s " ? (column, mention.id) : nil
    }

    /// The clause around a number: from the comma or semicolon before it to the one after it.
    func clause(of number: NumberMention) -> Range<Int> {
        SentenceSplitter.clause(around: number.range, in: characters, within: 0..<characters.count)
    }

    /// The clause that states the number, trimmed, at most 200 characters around the number.
    private func evidence(_ number: NumberMention, within lineBreak: LineBreak? = nil) -> String {
        var range = clause(of: number)
        if let lineBreak { range = lineBreak.clip(range, around: number.range.lowerBound) }
        if range.count > 200 {
            range = max(range.lowerBound, number.range.upperBound - 200)..<number.range.upperBound
        }
        return String(characters[range]).trimmingCharacters(in: .whitespaces)
    }
}
