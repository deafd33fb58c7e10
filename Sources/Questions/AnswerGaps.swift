import GraphModel

/// What an answer lacks, said plainly: the facet no figure has, and the words that were not understood.
struct AnswerGaps {
    let interpretation: Interpretation
    let best: [RankedFigure]
    let catalog: FigureCatalog

    var messages: [String] {
        var messages: [String] = []
        let unmeasured = unmeasuredNames
        if best.isEmpty {
            messages.append("no figure in the graph is about \(interpretation.summary)")
        } else if !unmeasured.isEmpty {
            messages.append("no figure for \(unmeasured.joined(separator: " and ")); the nearest figures are shown")
        } else if !(best.first?.matchesAll ?? true) {
            messages.append(missingFacet() + "; the nearest figures are shown")
        }
        for unknown in interpretation.unknownWords {
            messages.append("not understood: '\(unknown.word)'" + (unknown.suggestion.map { " (did you mean '\($0)'?)" } ?? ""))
        }
        return messages
    }

    /// Named entities of a kind figures are broken down by (Germany, Guangdong) of which the graph has no figure:
    /// the ranking leaves them out, so without this the national figure would seem to answer for them.
    private var unmeasuredNames: [String] {
        interpretation.entities
            .filter { group in catalog.measured(group).isEmpty && group.contains { catalog.dimensionLabels.contains($0.label) } }
            .compactMap { $0.first?.name }
    }

    /// "no figure for 2025-Q3 for European Union", or the facets in general.
    private func missingFacet() -> String {
        let names = interpretation.entities.compactMap { $0.first?.name }
        let about = names.isEmpty ? "" : " for \(names.joined(separator: " and "))"
        let ofEntities = interpretation.entities.isEmpty ? catalog.figures
            : interpretation.entities.flatMap { catalog.measured($0).flatMap { catalog.byEntity[$0.node] ?? [] } }.map { catalog.figures[$0] }
        if ofEntities.isEmpty { return "no figure\(about)" }
        for mention in interpretation.periods {
            let period = mention.period
            if !ofEntities.contains(where: { $0.firstDay == period.firstDay && $0.lastDay == period.lastDay }) {
                return "no figure for \(period)\(about)"
            }
        }
        if let metric = interpretation.metrics.first, !ofEntities.contains(where: { $0.metric == metric }) {
            return "no \(MetricWords.metric(metric)) figure\(about)"
        }
        return "no figure has every facet asked for (\(interpretation.summary))"
    }
}
