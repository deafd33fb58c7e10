import GraphModel

/// Most questions name a metric and a period, and the figures that have both outscore the others by more
/// than the other facets can make up. Those are found by a lookup (`FigureCatalog.byMetricPeriod`) and ranked
/// first; then the figures broken down by nothing, a metric and period at a time, while the best score a
/// figure of that metric and period can reach is not below the last score kept; and the answer stands when no
/// other candidate — broken down by something, with another metric or period — can reach that score either:
/// an upper bound, facet by facet, tells without visiting them. The answer is the one ranking every
/// candidate gives; at ten million figures, "growth of Partner 17 in 2024-Q3" ranks the few thousand figures
/// of that metric and quarter instead of the million of Partner 17 and of the national totals.
extension FigureRanker {
    /// The best `limit` figures, found as above; `nil` when a figure not visited could score as much as the
    /// last of them, and every candidate must be ranked.
    func bestAgreeing(_ limit: Int) -> (figures: [RankedFigure], wordsFound: Bool)? {
        guard limit > 0 else { return nil }
        let keys = agreeingKeys
        var best: [RankedFigure] = []
        _ = rank(keys.flatMap { catalog.byMetricPeriod[$0] ?? [] }.filter(isCandidate), into: &best, limit: limit)
        let others = catalog.undividedByMetricPeriod.filter { !keys.contains($0.key) }
            .map { (bound: undividedBound(of: $0.key), figures: $0.value) }.sorted { $0.bound > $1.bound }
        for bucket in others {
            if best.count == limit, let last = best.last, bucket.bound < last.score { break }
            _ = rank(bucket.figures, into: &best, limit: limit)
        }
        guard best.count == limit, let last = best.last, last.score > dividedBound() else { return nil }
        return (best, textScores.contains { $0.value > 0 && isCandidate($0.key) })
    }

    /// The metric-and-period keys a figure agreeing with the question has: the metric asked for (or else the
    /// two a question without a metric favours) and exactly a period asked for.
    private var agreeingKeys: [FigureCatalog.MetricPeriod] {
        var keys: [FigureCatalog.MetricPeriod] = []
        for metric in interpretation.metrics.first.map({ [$0] }) ?? ["value", "yoy_growth"] {
            for period in askedPeriods {
                let key = FigureCatalog.MetricPeriod(metric: metric, first: period.first, last: period.last)
                if !keys.contains(key) { keys.append(key) }
            }
        }
        return keys
    }

    /// Whether the full ranking considers the figure: when entities are named, a figure of one of them or one
    /// broken down by nothing; when none is, the metric-and-period figures ranked here all are.
    private func isCandidate(_ index: Int) -> Bool {
        guard !measuredEntities.isEmpty else { return true }
        let figure = catalog.figures[index]
        guard !figure.dimensions.isEmpty else { return true }
        return measuredEntities.contains { group in
            group.contains { figure.dimensions.contains($0.node) || figure.reporter == $0.node }
        }
    }

    /// The most any figure can add beside its entity, metric and period facets: the best flow, unit, amount
    /// now, which and text scores. Mirrors `FigureRanker.rank`.
    private var otherFacetsBound: Double {
        let asked = interpretation
        let flow = asked.flows.isEmpty ? 1.5 : 5
        let unit: Double = asked.units.isEmpty ? 0 : 3, amount: Double = asked.amounts.isEmpty ? 0 : 3
        let now = (asked.asksNow ? Self.nowBonus : 0) + (asked.whichLabels.isEmpty ? 0 : Self.whichBonus)
        return flow + unit + amount + now + min(Self.textCap, Self.textWeight * (textScores.values.max() ?? 0))
    }

    /// The reporter's part of the entity facet at best: a compiler of world statistics when the world is asked.
    private var reporterBound: Double { interpretation.asksWorld ? 6 : 0 }

    /// The most a figure broken down by nothing, of this metric and period, can score: each named entity at
    /// best as the figure's reporter.
    private func undividedBound(of key: FigureCatalog.MetricPeriod) -> Double {
        let entity = Double(measuredEntities.count) * (interpretation.asksForReporter ? 12 : 6) + reporterBound
        let metric = metricScore(key.metric, value: interpretation.rank).score
        return entity + metric + periodScore(first: key.first, last: key.last).score + otherFacetsBound
    }

    /// The most a figure broken down by something, without an agreeing metric or without exactly a period
    /// asked for, can score: each named entity at best, an unnamed dimension's loss when none is named (and
    /// the question does not ask "which"), and the better of the two ways to miss (agreeing metric and another
    /// period, or the reverse).
    private func dividedBound() -> Double {
        let asked = interpretation
        let entity = measuredEntities.isEmpty ? (asked.asksWhich ? 0 : -6)
            : Double(measuredEntities.count) * (asked.asksForReporter ? 12 : 10)
        let metric: (agreeing: Double, other: Double) = asked.metrics.isEmpty ? (2, 0)
            : (asked.metrics.first == "rank" ? 10 : 8, asked.metrics.count > 1 ? 5 : 4)
        let period: (asked: Double, other: Double) = asked.periods.isEmpty ? (2, 1) : (8, asked.countsPeriods ? 8 : 3)
        return entity + reporterBound + otherFacetsBound + max(metric.agreeing + period.other, metric.other + period.asked)
    }
}
