import Foundation
import GraphModel
import GraphStore
import TradeText

/// Every measurement of a store as the ranking sees it, with the word statistics of BM25, built once per
/// version of the store and kept by the asker, so that each question costs a lookup and a scoring pass.
final class FigureCatalog: @unchecked Sendable {
    let version: Int
    private(set) var figures: [CatalogFigure] = []
    /// Figures by the entity they are broken down by or reported by.
    private(set) var byEntity: [NodeID: [Int]] = [:]
    /// Figures broken down by nothing: national totals, and world-level statistics that name no dimension;
    /// and the same by metric and exact period, for the ranking's bounds (`FigureRanker.bestAgreeing`).
    private(set) var undivided: [Int] = []
    private(set) var undividedByMetricPeriod: [MetricPeriod: [Int]] = [:]
    /// Labels of the entities figures are broken down by: a named Partner or Region without figures is a gap
    /// to report, while an organiser or a speaker without figures is not.
    private(set) var dimensionLabels: Set<String> = []
    /// The labels of each entity figures are broken down by, for "which country" (a Partner, not a group).
    private(set) var labelsOf: [NodeID: Set<String>] = [:]
    /// The words of each figure, for the question's unexplained words.
    private(set) var text = TextIndex()
    /// Figures by metric and the year their period ends ("value 2025"), and by metric and exact period, for a
    /// question that names no entity.
    private(set) var byMetricYear: [MetricYear: [Int]] = [:]
    private(set) var byMetricPeriod: [MetricPeriod: [Int]] = [:]
    /// For an entity without figures of its own, its parts that have some (`PART_OF`) and are named after it:
    /// the briefings state the Greater Bay Area's trade as that of "the nine mainland cities of the Greater Bay
    /// Area", so a question about the whole finds them; Guangdong's trade is not that of those cities.
    private(set) var standIns: [NodeID: [NodeID]] = [:]
    /// Entities with figures by the set of their parts (`PART_OF`, two or more): a question that lists every
    /// part ("EV, lithium battery and solar panel exports") asks for the whole ("new trio") the briefings state.
    private(set) var wholesByParts: [Set<NodeID>: NodeID] = [:]
    /// Reporters that are organisations (international data, the WTO), not economies: the compilers of world
    /// statistics, which a question about the world's largest or a share of global trade asks for.
    private(set) var compilers: Set<NodeID> = []

    /// The key of `byMetricYear`.
    struct MetricYear: Hashable {
        let metric: String
        let year: Int
    }

    /// The key of `byMetricPeriod`.
    struct MetricPeriod: Hashable {
        let metric: String
        let first: CalendarDay
        let last: CalendarDay
    }

    init(store: GraphStore) {
        version = store.version
        let sources = Dictionary(uniqueKeysWithValues: store.nodes(labeled: "Source").enumerated().map { ($1, $0) })
        let china = store.nodes(labeled: "Economy").first { store.property("id", of: $0).stringValue == "china" }
        var nameCache: [NodeID: [String]] = [:], periods: [String: Period] = [:]
        let measurements = store.nodes(labeled: "Measurement")
        // Room for all at once: grown by doubling, ten million figures were copied twice over and held twice.
        figures.reserveCapacity(measurements.count)
        text.reserveCapacity(measurements.count)
        for node in measurements {
            guard let (figure, words) = Self.figure(node, store: store, sources: sources, china: china,
                                                         names: &nameCache, periods: &periods) else { continue }
            let index = figures.count
            figures.append(figure)
            text.add(words)
            byMetricYear[MetricYear(metric: figure.metric, year: figure.lastDay.year), default: []].append(index)
            let metricPeriod = MetricPeriod(metric: figure.metric, first: figure.firstDay, last: figure.lastDay)
            byMetricPeriod[metricPeriod, default: []].append(index)
            for entity in figure.dimensions where byEntity[entity] == nil {
                labelsOf[entity] = Set(store.labels(of: entity))
                dimensionLabels.formUnion(labelsOf[entity] ?? [])
            }
            for entity in figure.dimensions + (figure.reporter.map { [$0] } ?? []) { byEntity[entity, default: []].append(index) }
            if figure.dimensions.isEmpty {
                undivided.append(index)
                undividedByMetricPeriod[metricPeriod, default: []].append(index)
            }
        }
        standIns = Self.measuredParts(in: store, measured: byEntity)
        for whole in byEntity.keys {
            let parts = Set(store.relationships(of: whole, direction: .incoming, types: ["PART_OF"]).map(store.source))
            if parts.count >= 2 { wholesByParts[parts] = whole }
        }
        compilers = Set(figures.compactMap(\.reporter).filter { store.labels(of: $0).contains("Organization") })
    }

    /// The named entities a question's group of alternatives stands for: those with figures, or else the parts
    /// of them that have figures, written as the question wrote the whole.
    func measured(_ group: [EntityMention]) -> [EntityMention] {
        let own = group.filter { byEntity[$0.node] != nil }
        guard own.isEmpty else { return own }
        return group.flatMap { whole in
            (standIns[whole.node] ?? []).map(whole.standing)
        }
    }

    /// The groups without those that only give examples of a whole named beside them: parts without figures of
    /// their own ("广东、江苏、浙江等七个外贸大省", "Guangdong, Jiangsu and the other major provinces") narrow
    /// nothing, and their words would favour the one note that lists them all.
    func withoutExamples(_ groups: [[EntityMention]]) -> [[EntityMention]] {
        let named = Set(groups.flatMap { $0.map(\.node) })
        return groups.filter { group in
            !group.allSatisfy { part in
                byEntity[part.node] == nil && wholesByParts.contains { $0.key.contains(part.node) && named.contains($0.value) }
            }
        }
    }

    /// The groups of named entities, or — when they are every part of one whole with figures, one part each —
    /// that whole, named as the first part was written.
    func wholeListed(in groups: [[EntityMention]]) -> [[EntityMention]] {
        guard groups.count >= 2, let first = groups.first?.first else { return groups }
        for (parts, whole) in wholesByParts where parts.count == groups.count
            && groups.allSatisfy({ group in group.contains { parts.contains($0.node) } })
            && parts.allSatisfy({ part in groups.contains { group in group.contains { $0.node == part } } }) {
            return [[first.standing(for: whole)]]
        }
        return groups
    }

    /// Entities without figures of their own, each with its parts (one `PART_OF` step) that have figures and
    /// whose display name contains one of the whole's names.
    private static func measuredParts(in store: GraphStore, measured: [NodeID: [Int]]) -> [NodeID: [NodeID]] {
        var parts: [NodeID: [NodeID]] = [:]
        for part in measured.keys.sorted() {
            let wholes = store.relationships(of: part, direction: .outgoing, types: ["PART_OF"]).map(store.target)
            guard let name = store.property("name", of: part).stringValue?.lowercased() else { continue }
            for whole in wholes where measured[whole] == nil
                && store.names(of: whole).contains(where: { name.contains($0.lowercased()) }) {
                parts[whole, default: []].append(part)
            }
        }
        return parts
    }

    private static func figure(_ node: NodeID, store: GraphStore, sources: [NodeID: Int], china: NodeID?,
                               names: inout [NodeID: [String]], periods: inout [String: Period]) -> (CatalogFigure, [String])? {
        guard let id = store.property("id", of: node).stringValue,
              let periodText = store.property("period", of: node).stringValue,
              let period = periods[periodText] ?? (try? Period(parsing: periodText)) else { return nil }
        periods[periodText] = period
        var dimensions: [NodeID] = [], reporter: NodeID?, source = Int.max
        var words = TextTokens.words(of: store.property("evidence", of: node).stringValue ?? "")
            + TextTokens.words(of: store.property("note", of: node).stringValue ?? "")
        for relationship in store.relationships(of: node, direction: .outgoing) {
            let type = store.type(of: relationship), target = store.target(of: relationship)
            if Dimension.relationshipTypes.contains(type) {
                // China as the partner of someone else's statistics is the reporter's other side, not a breakdown.
                if target != china { dimensions.append(target) }
                if names[target] == nil { names[target] = store.names(of: target).flatMap(TextTokens.words) }
                words += names[target] ?? []
            } else if type == "REPORTER", target != china {
                reporter = target
            } else if type == "SOURCE" {
                source = sources[target] ?? Int.max
            }
        }
        let figure = CatalogFigure(
            node: node, id: id, metric: store.property("metric", of: node).stringValue ?? "",
            unit: store.property("unit", of: node).stringValue ?? "",
            flow: store.property("flow", of: node).stringValue.flatMap(Flow.init(rawValue:)),
            value: store.property("value", of: node).numericValue,
            firstDay: period.firstDay, lastDay: period.lastDay, dimensions: dimensions, reporter: reporter,
            sourceRank: source, line: Int(store.property("line", of: node).numericValue ?? 0))
        return (figure, words)
    }
}
