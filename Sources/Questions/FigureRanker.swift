import Foundation
import GraphModel
import TradeText

/// Scores figures by how well they agree with an interpretation: each entity, the flow, the metric and the
/// period asked for; then by the words of the question in the figure's evidence, note and dimension names
/// (BM25); then by the order the documents state them. A figure broken down by something the question did
/// not name loses a little, so that "China's exports" finds the national figure, not a province's.
struct FigureRanker {
    let catalog: FigureCatalog
    let interpretation: Interpretation
    /// The year a question without a period most likely means: the newest with figures.
    let defaultYear: Int
    /// BM25 of the figures that have any of the question's unexplained words, by figure index.
    let textScores: [Int: Double]
    /// The named entities that figures are about, or the parts of them that are, or the whole when every part
    /// of it is named; one without figures (an organiser, an expo before the graph links figures to it) narrows
    /// nothing.
    let measuredEntities: [[EntityMention]]

    /// For each group of `measuredEntities`, the figures whose words (evidence, note, names) name it: the cause
    /// of a contribution is stated there, not as a dimension ("the fall in crude oil and iron ore prices
    /// dragged down import growth").
    let namedInText: [Set<Int>]
    /// Metrics whose figures state their cause in words.
    static let causedMetrics: Set<String> = ["contribution", "contribution_rate"]

    init(catalog: FigureCatalog, interpretation: Interpretation, defaultYear: Int) {
        self.catalog = catalog
        self.interpretation = interpretation
        self.defaultYear = defaultYear
        textScores = catalog.text.scores(for: interpretation.searchWords + Self.unmeasuredWords(interpretation, catalog: catalog))
        measuredEntities = catalog.wholeListed(in: catalog.withoutExamples(interpretation.entities)).map(catalog.measured).filter { !$0.isEmpty }
        let causes = Self.causedMetrics.contains(interpretation.metrics.first ?? "")
        namedInText = measuredEntities.map { group in
            causes ? group.reduce(into: Set<Int>()) { $0.formUnion(catalog.text.figures(havingAll: TextTokens.words(of: $1.name))) } : []
        }
    }

    /// The words of the named entities that no figure is broken down by: they narrow nothing, but a figure
    /// whose note names them ("the trade of little giant enterprises") is likely the one asked about. A name
    /// that is also the period asked (the 14th Five-Year Plan, 2021-2025) is the period facet's, not words; the
    /// parts of a whole listed in full (the seven major provinces) stand for the whole, which has figures, and
    /// parts named as its examples beside it say nothing more.
    static func unmeasuredWords(_ interpretation: Interpretation, catalog: FigureCatalog) -> [String] {
        let periods = interpretation.periods.map(\.range)
        return catalog.wholeListed(in: catalog.withoutExamples(interpretation.entities)).filter { catalog.measured($0).isEmpty }
            .compactMap(\.first)
            .filter { mention in !periods.contains { $0.overlaps(mention.range) } }
            .flatMap { TextTokens.words(of: $0.name) }
    }

    /// How much the words no facet explains weigh (BM25 times this, bent smoothly below `textCap` by tanh):
    /// enough to pick the computers among the imports, never so much that a restatement sharing one common word
    /// outvotes a facet; bent rather than cut, so that of two figures sharing many words the one sharing more
    /// still wins ("over 10 billion yuan" against "over 1 trillion" in otherwise equal notes).
    static let textWeight = 2.0
    static let textCap = 17.0
    /// The cap for a figure of another period than the one named: a period said outright is meant, and shared
    /// words ("enterprises with actual import and export activity") should not carry the first half's count
    /// over the first quarter's asked for. Half the cap scored best on both sets (0.3 and 0.7 worse).
    static let textCapOffPeriod = textCap * 0.5

    /// The best `limit` figures, best first, and whether the question's words occur in any figure at all: from
    /// the figures that have the metric and period asked for when no other can reach them
    /// (`bestAgreeing`), else from every candidate.
    func best(_ limit: Int) -> (figures: [RankedFigure], wordsFound: Bool) {
        bestAgreeing(limit) ?? bestOfAll(limit)
    }

    /// The best `limit` of every figure that can answer (`candidates(limit:)`).
    func bestOfAll(_ limit: Int) -> (figures: [RankedFigure], wordsFound: Bool) {
        top(limit, of: candidates(limit: limit))
    }

    /// The best `limit` of `indices`, best first, and whether any of them has the question's words. Only the
    /// best are kept while scoring, so a graph of a million figures is not sorted for five.
    func top(_ limit: Int, of indices: [Int]) -> (figures: [RankedFigure], wordsFound: Bool) {
        var best: [RankedFigure] = []
        let wordsFound = rank(indices, into: &best, limit: limit)
        return (best, wordsFound)
    }

    /// Ranks `indices` into `best`, which keeps the best `limit`, best first; true when any of them has the
    /// question's words.
    func rank(_ indices: [Int], into best: inout [RankedFigure], limit: Int) -> Bool {
        var wordsFound = false
        for index in indices {
            let ranked = rank(index)
            wordsFound = wordsFound || ranked.textScore > 0
            guard best.count < limit || (best.last.map { precedes(ranked, $0) } ?? false) else { continue }
            best.insert(ranked, at: best.firstIndex { precedes(ranked, $0) } ?? best.endIndex)
            if best.count > limit { best.removeLast() }
        }
        return wordsFound
    }

    /// Higher score first; equal scores in the order the documents state them.
    private func precedes(_ lhs: RankedFigure, _ rhs: RankedFigure) -> Bool {
        if lhs.score != rhs.score { return lhs.score > rhs.score }
        let (a, b) = (catalog.figures[lhs.index], catalog.figures[rhs.index])
        return (a.sourceRank, a.line, a.id) < (b.sourceRank, b.line, b.id)
    }

    /// The figures of the named entities and the undivided ones (a "share of global imports" is stated
    /// without a World dimension); when none is named, the undivided ones, those with the question's words and
    /// those of the metrics and periods asked for, which are the only ones that can come first: a figure broken
    /// down by something unnamed loses more than any facet but the metric and period can win back. Figures of a
    /// period only inside the one asked for are added when fewer than twice the figures shown have it exactly
    /// and a flow asked for.
    private func candidates(limit: Int) -> [Int] {
        guard measuredEntities.isEmpty else {
            return Array(Set(measuredEntities.flatMap { $0.flatMap { catalog.byEntity[$0.node] ?? [] } } + catalog.undivided))
        }
        var found = Set(catalog.undivided).union(textScores.keys)
        let metrics = interpretation.metrics.isEmpty ? ["value", "yoy_growth"] : Array(interpretation.metrics.prefix(3))
        let exact = metrics.flatMap { metric in
            askedPeriods.flatMap { catalog.byMetricPeriod[FigureCatalog.MetricPeriod(metric: metric, first: $0.first, last: $0.last)] ?? [] }
        }
        found.formUnion(exact)
        guard exact.filter({ flowScore(catalog.figures[$0]).1 }).count < 2 * limit else { return Array(found) }
        for metric in metrics {
            for year in askedYears { found.formUnion(catalog.byMetricYear[FigureCatalog.MetricYear(metric: metric, year: year)] ?? []) }
        }
        return Array(found)
    }

    /// The periods asked for, or the default year's whole year.
    var askedPeriods: [(first: CalendarDay, last: CalendarDay)] {
        guard interpretation.periods.isEmpty else { return interpretation.periods.map { ($0.period.firstDay, $0.period.lastDay) } }
        guard let first = CalendarDay(year: defaultYear, month: 1, day: 1), let last = CalendarDay(year: defaultYear, month: 12, day: 31) else { return [] }
        return [(first, last)]
    }

    /// The years of the periods asked for (at most ten from each start), or the default year.
    private var askedYears: [Int] {
        guard !interpretation.periods.isEmpty else { return [defaultYear] }
        return interpretation.periods.flatMap { mention in
            Array(mention.period.firstDay.year...min(mention.period.lastDay.year, mention.period.firstDay.year + 9))
        }
    }

    private func rank(_ index: Int) -> RankedFigure {
        let figure = catalog.figures[index]
        var score = 0.0, matchesAll = true
        func add(_ facet: (score: Double, matches: Bool)) { score += facet.score; matchesAll = matchesAll && facet.matches }
        add(entityScore(figure, index: index))
        add(metricScore(figure.metric, value: figure.value))
        add(flowScore(figure))
        let period = periodScore(first: figure.firstDay, last: figure.lastDay)
        add(period)
        score += unitScore(figure) + amountScore(figure) + nowScore(figure) + whichScore(figure)
        let cap = interpretation.periods.isEmpty || period.matches ? Self.textCap : Self.textCapOffPeriod
        let text = cap * tanh(Self.textWeight * (textScores[index] ?? 0) / cap)
        return RankedFigure(index: index, score: score + text, textScore: text, matchesAll: matchesAll)
    }

    private func entityScore(_ figure: CatalogFigure, index: Int) -> (Double, Bool) {
        var score = 0.0, matches = true
        var explained: [NodeID] = []
        for (alternatives, inText) in zip(measuredEntities, namedInText) {
            let asDimension = alternatives.first { figure.dimensions.contains($0.node) }
            let asReporter = alternatives.first { figure.reporter == $0.node }
            if let hit = asReporter, interpretation.asksForReporter || asDimension == nil {
                score += interpretation.asksForReporter ? 12 : 6; explained.append(hit.node)
            } else if let hit = asDimension {
                score += 10; explained.append(hit.node)
            } else if Self.causedMetrics.contains(figure.metric), inText.contains(index) {
                score += 6; matches = false
            } else {
                score -= 6; matches = false
            }
        }
        var unasked = 0
        for dimension in figure.dimensions where !explained.contains(dimension) && !isAnswer(dimension) { unasked += 1 }
        score -= 6 * Double(unasked)
        matches = matches && unasked == 0
        if let reporter = figure.reporter, !explained.contains(reporter) {
            score += interpretation.asksWorld && catalog.compilers.contains(reporter) ? 6 : interpretation.asksForReporter ? -1 : -4
        }
        return (score, matches)
    }

    /// The metric facet of a figure of `metric` stating `value`.
    func metricScore(_ metric: String, value: Double?) -> (score: Double, matches: Bool) {
        guard let wanted = interpretation.metrics.first else {
            return (metric == "value" ? 2 : metric == "yoy_growth" ? 1 : 0, true)
        }
        if metric == wanted, wanted == "rank", let rank = interpretation.rank {
            return value == rank ? (10, true) : (6, false)
        }
        if metric == wanted { return (8, true) }
        if interpretation.metrics.contains(metric) { return (5, false) }
        if QuestionReader.related[wanted]?.contains(metric) ?? false { return (4, false) }
        return (-2, false)
    }

    /// A unit named in the question ("how many people") favours figures in it; it decides no facet alone.
    /// In a share the unit names what the share is of (企业数量占全国多少), not the answer's unit.
    private func unitScore(_ figure: CatalogFigure) -> Double {
        guard !interpretation.units.isEmpty, interpretation.metrics.first != "share" else { return 0 }
        return interpretation.units.contains { $0 == figure.countedUnit } ? 3 : -1
    }

    /// A figure without a flow (a count of trading firms, duty-free sales) answers a question about trade in
    /// general nearly as well as one about total trade: "how many firms traded" names trade, not a flow.
    /// A figure of an amount the question states ("did it top a trillion dollars") is likely the one asked about.
    private func amountScore(_ figure: CatalogFigure) -> Double {
        guard let value = figure.value else { return 0 }
        return interpretation.amounts.contains { $0.unit == figure.unit && abs($0.value - value) <= 0.005 * abs(value) } ? 3 : 0
    }

    /// A question about now ("how long does delivery take now") is answered first by a figure stated as of a
    /// day, as the briefings state standing facts, rather than by one of a whole period.
    private func nowScore(_ figure: CatalogFigure) -> Double {
        interpretation.asksNow && figure.firstDay == figure.lastDay ? Self.nowBonus : 0
    }
    static let nowBonus = 2.0

    /// Whether a dimension is what a "which" question asks for: any when it names no kind, else one of that kind
    /// ("which partner group": a group, not the product a figure of it is also broken down by).
    private func isAnswer(_ dimension: NodeID) -> Bool {
        interpretation.asksWhich && (interpretation.whichLabels.isEmpty || isOfAskedKind(dimension))
    }

    /// Whether an entity is of a kind (label) a "which" question names.
    private func isOfAskedKind(_ entity: NodeID) -> Bool {
        !(catalog.labelsOf[entity] ?? []).isDisjoint(with: interpretation.whichLabels)
    }

    /// "Which country bought the most", 哪类产品: a figure broken down by an entity of the kind asked for.
    private func whichScore(_ figure: CatalogFigure) -> Double {
        figure.dimensions.contains(where: isOfAskedKind) ? Self.whichBonus : 0
    }
    static let whichBonus = 3.0

    private func flowScore(_ figure: CatalogFigure) -> (Double, Bool) {
        guard !interpretation.flows.isEmpty else { return (figure.flow == .total ? 1.5 : 0, true) }
        let countsThings = interpretation.units.contains(where: MetricChoice.countsThings)
        guard let flow = figure.flow else {
            // "What share of trading companies", "有进出口实绩的企业": trade names what the things counted do.
            guard interpretation.flows == [.total] else { return (-1, false) }
            return (countsThings ? 5 : 4, true)
        }
        // A share of things counted (企业数量占全国的比重) is no share of trade: the graph gives it no flow.
        if countsThings, interpretation.metrics.first == "share" { return (2, false) }
        return interpretation.flows.contains(flow) ? (5, true) : (-3, false)
    }

    /// The period facet of a figure of the period from `first` to `last`.
    func periodScore(first: CalendarDay, last: CalendarDay) -> (score: Double, matches: Bool) {
        guard !interpretation.periods.isEmpty else {
            // "How many categories can shoppers buy now": now, not the newest whole year, is the default.
            if interpretation.asksNow { return (0, true) }
            // A run of periods counted without a period named is the one that runs to the newest year.
            let inYear = (first.year == defaultYear || interpretation.countsPeriods) && last.year == defaultYear
            return (inYear ? (first.month == 1 && last.month == 12 ? 2 : 1) : 0, true)
        }
        var best = -5.0, matched = false
        for mention in interpretation.periods {
            let period = mention.period
            if period.firstDay == first && period.lastDay == last { return (8, true) }
            // A run of periods counted ends where the question says: a run up to one period ("counting 2025")
            // starts anywhere before it; one from a start said ("since June") agrees best when it starts there.
            if interpretation.countsPeriods, period.lastDay == last { best = max(best, period.to == nil ? 8 : 7); matched = true }
            if period.firstDay <= first && last <= period.lastDay { best = max(best, 3) }
            else if first <= period.lastDay && period.firstDay <= last { best = max(best, 1) }
        }
        return (best, matched)
    }
}
