import GraphModel
import GraphStore

/// Writes the openCypher statement that returns a set of figures, stated through the facets they share
/// (entity, metric, flow, period), so that it reads as the question does and can be edited into the next one;
/// an id list is added only when the facets alone would return more.
struct AnswerStatement {
    let store: GraphStore
    let figures: [CatalogFigure]
    let interpretation: Interpretation

    /// The statement, with or without the id list.
    func text(withIDs: Bool) -> String {
        (["// understood: \(interpretation.summary)"] + selection(withIDs: withIDs) + [
            "OPTIONAL MATCH (m)-[:\(Dimension.relationshipTypes.filter(store.isKnownRelationshipType).joined(separator: "|"))]->(d)",
            "WITH m, collect(d.name) AS entities",
            "OPTIONAL MATCH (m)-[:SOURCE]->(s:Source)",
            "OPTIONAL MATCH (m)-[:SPOKEN_BY]->(p:Person)",
            "RETURN m.id AS id, fmt.figure(m) AS statement, m.metric AS metric, m.flow AS flow, m.period AS period,",
            "       m.value AS value, m.unit AS unit, m.approx AS approx, entities, s.id AS source, m.line AS line,",
            "       p.name AS speaker, m.evidence AS evidence, m.note AS note",
            "ORDER BY m.start, m.end, m.id;",
        ]).joined(separator: "\n")
    }

    /// Only the ids the facets select, and at most one more than the figures shown: the cheap check of whether
    /// they alone return those figures, before the statement states each figure. The limit stops the check at
    /// the first extra figure, where the facets of a question about a large graph select tens of thousands.
    var facetIDs: String {
        (selection(withIDs: false) + ["RETURN m.id LIMIT \(figures.count + 1)"]).joined(separator: "\n")
    }

    /// The MATCH and WHERE lines that choose the figures.
    private func selection(withIDs: Bool) -> [String] {
        var patterns = entityPatterns()
        let first = patterns.isEmpty ? "(m:Measurement)" : patterns.removeFirst().replacingOccurrences(of: "(m)-", with: "(m:Measurement)-")
        var lines = ["MATCH " + ([first] + patterns).joined(separator: ", ")]
        var conditions = facetConditions()
        if withIDs { conditions.append("m.id IN [\(figures.map { quoted($0.id) }.joined(separator: ", "))]") }
        if !conditions.isEmpty { lines.append("WHERE " + conditions.joined(separator: " AND ")) }
        return lines
    }

    /// `(m)-[:PARTNER]->(:PartnerGroup {id: 'asean'})` for each named entity every figure is linked to.
    private func entityPatterns() -> [String] {
        interpretation.entities.compactMap { alternatives in
            for mention in alternatives {
                let types = figures.map { relationshipType(from: $0.node, to: mention.node) }
                if let first = types.first, let type = first, types.allSatisfy({ $0 == type }) {
                    return "(m)-[:\(type)]->(:\(mention.label) {name: \(quoted(mention.name))})"
                }
            }
            return nil
        }
    }

    private func facetConditions() -> [String] {
        var conditions: [String] = []
        if let metric = shared(\.metric) { conditions.append("m.metric = \(quoted(metric))") }
        if let flow = shared(\.flow), let flow { conditions.append("m.flow = \(quoted(flow.rawValue))") }
        if let period = shared({ figure in self.store.property("period", of: figure.node).stringValue ?? "" }) {
            conditions.append("m.period = \(quoted(period))")
        }
        if interpretation.entities.isEmpty, figures.allSatisfy({ $0.dimensions.isEmpty && $0.reporter == nil }) {
            conditions.append("trade.national(m)")
        }
        return conditions
    }

    private func shared<T: Equatable>(_ key: (CatalogFigure) -> T) -> T? {
        guard let first = figures.first.map(key) else { return nil }
        return figures.allSatisfy { key($0) == first } ? first : nil
    }

    private func relationshipType(from measurement: NodeID, to entity: NodeID) -> String? {
        store.relationships(of: measurement, direction: .outgoing)
            .first { store.target(of: $0) == entity }
            .map { store.type(of: $0) }
    }

    private func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
