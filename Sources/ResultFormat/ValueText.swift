import GraphModel
import GraphStore

/// The text of a value in the human and spreadsheet formats (table, csv, tsv, markdown). A top-level string
/// shows as it is, because quotes around every name in a table are noise; anything nested is written as the
/// openCypher literal that would produce it, the way cypher-shell shows it, so `['a', 1]` and `'1'` stay
/// distinguishable from `[a, 1]`. Element ids must come from `store`.
struct ValueText {
    /// Where nodes and relationships are looked up.
    let store: GraphStore

    /// The cell text: strings bare, everything else as a literal.
    func cell(_ value: Value) -> String {
        if case .string(let text) = value { return text }
        return literal(value)
    }

    /// The openCypher literal form, strings quoted.
    func literal(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .float(let number): return Self.float(number)
        case .string(let text): return CypherSyntax.quoted(text)
        case .list(let items): return "[" + items.map(literal).joined(separator: ", ") + "]"
        case .map(let entries): return map(entries.sorted { $0.key < $1.key })
        case .node(let node): return self.node(node)
        case .relationship(let relationship): return self.relationship(relationship)
        case .path(let path): return self.path(path)
        }
    }

    /// The shortest text that reads back as the same double, always with a decimal point or an exponent so a
    /// float never looks like an integer; the non-finite values by their openCypher names.
    static func float(_ number: Double) -> String {
        if number.isNaN { return "NaN" }
        if number.isInfinite { return number < 0 ? "-Infinity" : "Infinity" }
        return number.description
    }

    private func map(_ entries: [(key: String, value: Value)]) -> String {
        "{" + entries.map { CypherSyntax.name($0.key) + ": " + literal($0.value) }.joined(separator: ", ") + "}"
    }

    private func node(_ node: NodeID) -> String {
        let labels = store.labels(of: node).map { ":" + CypherSyntax.name($0) }.joined()
        return "(" + labels + properties(store.properties(of: node)) + ")"
    }

    private func relationship(_ relationship: RelationshipID) -> String {
        let type = ":" + CypherSyntax.name(store.type(of: relationship))
        return "[" + type + properties(store.properties(of: relationship)) + "]"
    }

    private func properties(_ entries: [(key: String, value: Value)]) -> String {
        entries.isEmpty ? "" : " " + map(entries)
    }

    /// `(a)-[:R]->(b)<-[:S]-(c)`: each step's arrow follows the relationship's own direction, whichever way
    /// the walk went through it.
    private func path(_ path: GraphPath) -> String {
        var text = path.nodes.first.map(node) ?? ""
        for (step, relationship) in path.relationships.enumerated() where step + 1 < path.nodes.count {
            let forward = store.source(of: relationship) == path.nodes[step]
            let link = self.relationship(relationship)
            text += (forward ? "-" + link + "->" : "<-" + link + "-") + node(path.nodes[step + 1])
        }
        return text
    }
}
