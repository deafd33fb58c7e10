import GraphModel

/// What an answer lacks, said plainly: the facet no figure has, and the words that were not understood.
struct AnswerGaps {
    let interpretation: Interpretation
    let best: [RankedFigure]
    let catalog: FigureCatalog

    var messages: [String] {
        var messages: [String] = []
        if best.isEmpty {
            messages.append("no figure in the graph is about \(interpretation.summary)")
        } else if !(best.first?.matchesAll ?? true) {
            messages.append(missingFacet() + "; the nearest figures are shown")
        }
        for unknown in interpretation.unknownWords {
            messages.append("not understood: '\(unknown.word)'" + (unknown.suggestion.map { " (did you mean '\($0)'?)" } ?? ""))
        }
        return messages
    }

    /// "no figure for 2025-Q3 for European Union", or the facets in general.
    private func missingFacet() -> String {
        let names = interpretation.entities.compactMap { $0.first?.name }
        let about = names.isEmpty ? "" : " for \(names.joined(separator: " and "))"
        let ofEntities = interpretation.entities.isEmpty ? catalog.figures
            : interpretation.entities.flatMap { $0.flatMap { catalog.byEntity[$0.node] ?? [] } }.map { catalog.figures[$0] }
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
