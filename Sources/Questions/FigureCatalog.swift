import Foundation
import GraphModel
import GraphStore

/// Every measurement of a store as the ranking sees it, with the word statistics of BM25, built once per
/// version of the store and kept by the asker, so that each question costs a lookup and a scoring pass.
final class FigureCatalog: @unchecked Sendable {
    let version: Int
    private(set) var figures: [CatalogFigure] = []
    /// Figures by the entity they are broken down by or reported by.
    private(set) var byEntity: [NodeID: [Int]] = [:]
    /// Figures broken down by nothing: national totals, and world-level statistics that name no dimension.
    private(set) var undivided: [Int] = []
    /// Labels of the entities figures are broken down by: a named Partner or Region without figures is a gap
    /// to report, while an organiser or a speaker without figures is not.
    private(set) var dimensionLabels: Set<String> = []
    private(set) var documentFrequency: [String: Int] = [:]
    private(set) var averageLength = 1.0

    init(store: GraphStore) {
        version = store.version
        let sources = Dictionary(uniqueKeysWithValues: store.nodes(labeled: "Source").enumerated().map { ($1, $0) })
        let china = store.nodes(labeled: "Economy").first { store.property("id", of: $0).stringValue == "china" }
        var nameCache: [NodeID: [String]] = [:]
        for node in store.nodes(labeled: "Measurement") {
            guard let figure = Self.figure(node, store: store, sources: sources, china: china, names: &nameCache) else { continue }
            let index = figures.count
            figures.append(figure)
            for entity in figure.dimensions where byEntity[entity] == nil { dimensionLabels.formUnion(store.labels(of: entity)) }
            for entity in figure.dimensions + (figure.reporter.map { [$0] } ?? []) { byEntity[entity, default: []].append(index) }
            if figure.dimensions.isEmpty { undivided.append(index) }
            for word in figure.termCounts.keys { documentFrequency[word, default: 0] += 1 }
        }
        averageLength = max(1, Double(figures.reduce(0) { $0 + $1.length }) / Double(max(1, figures.count)))
    }

    private static func figure(_ node: NodeID, store: GraphStore, sources: [NodeID: Int], china: NodeID?,
                               names: inout [NodeID: [String]]) -> CatalogFigure? {
        guard let id = store.property("id", of: node).stringValue,
              let periodText = store.property("period", of: node).stringValue,
              let period = try? Period(parsing: periodText) else { return nil }
        var dimensions: [NodeID] = [], reporter: NodeID?, source = Int.max
        var text = [store.property("evidence", of: node).stringValue ?? "", store.property("note", of: node).stringValue ?? ""]
        for relationship in store.relationships(of: node, direction: .outgoing) {
            let type = store.type(of: relationship), target = store.target(of: relationship)
            if Dimension.relationshipTypes.contains(type), target == china {
                // China as the partner of someone else's statistics is the reporter's other side, not a breakdown.
                text += store.names(of: target)
            } else if Dimension.relationshipTypes.contains(type) {
                dimensions.append(target)
                if names[target] == nil { names[target] = store.names(of: target) }
                text += names[target] ?? []
            } else if type == "REPORTER", target != china {
                reporter = target
            } else if type == "SOURCE" {
                source = sources[target] ?? Int.max
            }
        }
        let words = text.flatMap(TextTokens.words)
        return CatalogFigure(
            node: node, id: id, metric: store.property("metric", of: node).stringValue ?? "",
            unit: store.property("unit", of: node).stringValue ?? "",
            flow: store.property("flow", of: node).stringValue.flatMap(Flow.init(rawValue:)),
            value: store.property("value", of: node).numericValue,
            firstDay: period.firstDay, lastDay: period.lastDay, dimensions: dimensions, reporter: reporter,
            sourceRank: source, line: Int(store.property("line", of: node).numericValue ?? 0),
            termCounts: words.reduce(into: [:]) { $0[$1, default: 0] += 1 }, length: words.count)
    }

    /// BM25 of a figure for the words of a question (k1 = 1.2, b = 0.75).
    func textScore(_ figure: CatalogFigure, words: [String]) -> Double {
        let count = Double(figures.count)
        return words.reduce(0) { total, word in
            guard let frequency = figure.termCounts[word].map(Double.init) else { return total }
            let df = Double(documentFrequency[word] ?? 0)
            let idf = log(1 + (count - df + 0.5) / (df + 0.5))
            let norm = frequency + 1.2 * (0.25 + 0.75 * Double(figure.length) / averageLength)
            return total + idf * frequency * 2.2 / norm
        }
    }
}
