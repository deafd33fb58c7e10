import GraphModel
import GraphStore
import ResultFormat

/// A graph, or part of one, as an openCypher script that Neo4j's cypher-shell, Memgraph's mgconsole and
/// FalkorDB run unchanged into an empty database: batches of `UNWIND [...] AS row CREATE ...`, nodes first
/// (grouped by their labels), then relationships (grouped by type and the labels of their ends), each
/// statement ending in `;` on a line of its own. No index or constraint statement, since each engine spells
/// those differently.
///
/// Every node carries a temporary `_tgid` (its id here) while the script runs, so that relationships find
/// their ends by label and `_tgid`; the last statement removes it.
public struct CypherScript {
    /// Rows per `UNWIND` statement: big enough to load quickly, small enough for any engine's query size.
    public static let batchSize = 500
    /// The temporary property that identifies a node while the script runs.
    static let idKey = "_tgid"

    /// The script.
    public let text: String
    /// How many nodes and relationships it creates.
    public let nodeCount: Int, relationshipCount: Int
    /// Property keys left out of some element because the value has no portable literal (a map, NaN).
    public let omittedKeys: [String]

    /// The script for these nodes and relationships (both ends of each relationship must be among the nodes).
    public init(store: GraphStore, nodes: [NodeID], relationships: [RelationshipID]) {
        var omitted = Set<String>()
        var statements: [String] = []
        for (labels, group) in Self.grouped(nodes, by: { Self.labelText(store.labels(of: $0)) }) {
            statements += Self.batches(group.map { node in
                "{i: \(node.index), p: \(CypherLiteral.map(store.properties(of: node), omitted: &omitted))}"
            }).map { "UNWIND [\($0)] AS row CREATE (n\(labels) {\(Self.idKey): row.i}) SET n += row.p;" }
        }
        let ends = { (node: NodeID) in Self.labelText(Array(store.labels(of: node).prefix(1))) }
        let groups = Self.grouped(relationships) { relationship in
            ":" + CypherSyntax.name(store.type(of: relationship)) + " " + ends(store.source(of: relationship))
                + " " + ends(store.target(of: relationship))
        }
        for (_, group) in groups {
            let first = group[0]
            let match = "MATCH (a\(ends(store.source(of: first))) {\(Self.idKey): row.s}) "
                + "MATCH (b\(ends(store.target(of: first))) {\(Self.idKey): row.t}) "
                + "CREATE (a)-[r:\(CypherSyntax.name(store.type(of: first)))]->(b) SET r += row.p;"
            statements += Self.batches(group.map { relationship in
                "{s: \(store.source(of: relationship).index), t: \(store.target(of: relationship).index), "
                    + "p: \(CypherLiteral.map(store.properties(of: relationship), omitted: &omitted))}"
            }).map { "UNWIND [\($0)] AS row " + match }
        }
        statements.append("MATCH (n) WHERE n.\(Self.idKey) IS NOT NULL REMOVE n.\(Self.idKey);")
        let header = "// \(nodes.count) nodes and \(relationships.count) relationships written by tradegraph's :export cypher.\n"
            + "// Run it into an empty database: cypher-shell -f FILE, mgconsole < FILE, or one statement at a time.\n"
        text = header + statements.map { $0 + "\n" }.joined()
        nodeCount = nodes.count
        relationshipCount = relationships.count
        omittedKeys = omitted.sorted()
    }

    /// `:A:B` for labels, empty for none.
    private static func labelText(_ labels: [String]) -> String {
        labels.map { ":" + CypherSyntax.name($0) }.joined()
    }

    /// Elements grouped by a key, groups in the order their first element comes, elements in their order.
    private static func grouped<Element>(_ elements: [Element], by key: (Element) -> String) -> [(String, [Element])] {
        var order: [String] = []
        var groups: [String: [Element]] = [:]
        for element in elements {
            let name = key(element)
            if groups[name] == nil { order.append(name) }
            groups[name, default: []].append(element)
        }
        return order.map { ($0, groups[$0] ?? []) }
    }

    /// The rows joined into `UNWIND` lists of at most `batchSize` each.
    private static func batches(_ rows: [String]) -> [String] {
        stride(from: 0, to: rows.count, by: batchSize).map { rows[$0..<min($0 + batchSize, rows.count)].joined(separator: ", ") }
    }
}
