@testable import CypherExport
import GraphModel
import GraphStore
import XCTest

/// The script's exact text for a small graph with every kind of property value, and the literals that keep
/// a value's type in every engine.
final class CypherScriptTests: XCTestCase {
    func testLiteralsKeepTheirTypeInEveryEngine() {
        let cases: [(Value, String?)] = [
            (.float(45470000000000), "45470000000000.0"), (.float(3.8), "3.8"), (.float(-0.05), "-0.05"),
            (.float(1e21), "1000000000000000000000.0"), (.float(.nan), nil), (.float(.infinity), nil),
            (.int(-7), "-7"), (.bool(true), "true"), (.string("China's \"new trio\"\n\\ 中国"), #"'China\'s "new trio"\n\\ 中国'"#),
            (.list([.string("US"), .string("美方")]), "['US', '美方']"), (.list([.list([.int(1)])]), nil), (.list([.int(1), .string("a")]), nil), (.list([]), "[]"),
            (.map(["a": .int(1)]), nil), (.null, nil),
        ]
        for (value, literal) in cases { XCTAssertEqual(CypherLiteral.of(value), literal, "\(value)") }
    }

    func testAGraphBecomesBatchesOfNodesThenRelationshipsThenTheTemporaryIDIsRemoved() throws {
        let store = GraphStore()
        let china = try store.createNode(labels: ["Economy"], properties: [(key: "name", value: .string("China"))])
        let asean = try store.createNode(labels: ["PartnerGroup"], properties: [(key: "name", value: .string("ASEAN")),
                                                                                (key: "aliases", value: .list([.string("东盟")]))])
        let figure = try store.createNode(labels: ["Measurement"], properties: [(key: "value", value: .float(1.2e12)),
                                                                                (key: "ratio", value: .float(.nan))])
        try store.createRelationship(from: figure, to: asean, type: "PARTNER")
        try store.createRelationship(from: figure, to: china, type: "REPORTER", properties: [(key: "note", value: .string("it's"))])
        let script = CypherScript(store: store, nodes: [china, asean, figure], relationships: Array(store.relationships))
        XCTAssertEqual(script.text, """
            // 3 nodes and 2 relationships written by tradegraph's :export cypher.
            // Run it into an empty database: cypher-shell -f FILE, mgconsole < FILE, or one statement at a time.
            UNWIND [{i: 0, p: {name: 'China'}}] AS row CREATE (n:Economy {_tgid: row.i}) SET n += row.p;
            UNWIND [{i: 1, p: {aliases: ['东盟'], name: 'ASEAN'}}] AS row CREATE (n:PartnerGroup {_tgid: row.i}) SET n += row.p;
            UNWIND [{i: 2, p: {value: 1200000000000.0}}] AS row CREATE (n:Measurement {_tgid: row.i}) SET n += row.p;
            UNWIND [{s: 2, t: 1, p: {}}] AS row MATCH (a:Measurement {_tgid: row.s}) MATCH (b:PartnerGroup {_tgid: row.t}) CREATE (a)-[r:PARTNER]->(b) SET r += row.p;
            UNWIND [{s: 2, t: 0, p: {note: 'it\\'s'}}] AS row MATCH (a:Measurement {_tgid: row.s}) MATCH (b:Economy {_tgid: row.t}) CREATE (a)-[r:REPORTER]->(b) SET r += row.p;
            MATCH (n) WHERE n._tgid IS NOT NULL REMOVE n._tgid;

            """)
        XCTAssertEqual(script.omittedKeys, ["ratio"])
    }

    func testRowsAreBatchedAtTheBatchSize() throws {
        let store = GraphStore()
        let nodes = try (0..<(CypherScript.batchSize * 2 + 1)).map { _ in try store.createNode(labels: ["Partner"]) }
        let statements = CypherScript(store: store, nodes: nodes, relationships: []).text.split(separator: "\n").filter { $0.hasPrefix("UNWIND") }
        XCTAssertEqual(statements.map { $0.components(separatedBy: "{i: ").count - 1 }, [CypherScript.batchSize, CypherScript.batchSize, 1])
    }
}
