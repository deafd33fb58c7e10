import GraphModel
import XCTest

/// A scan, seek or one-hop expansion and the label and property tests that follow it run fused, over batches
/// of candidates (`FilteredScan`, `FilteredExpansion`, `PropertyTest`). Each query here is checked against the
/// same query with every test written as `(test) = true`, which no fusion takes: rows and their order agree.
final class FusedStepTests: XCTestCase {
    private let setup = [
        "CREATE (:P {name: 'a'}), (:P {name: 'b'}), (:Q {name: 'a'})",
        "UNWIND range(1, 60) AS i CREATE (:M {id: i, k: CASE i % 4 WHEN 0 THEN 'x' WHEN 1 THEN 'xy' WHEN 2 THEN 'y' END, "
            + "period: CASE i % 3 WHEN 0 THEN '2024-01' WHEN 1 THEN '2025' ELSE 2024 END})",
        "MATCH (m:M), (p:P {name: 'a'}) WHERE m.id % 2 = 0 CREATE (m)-[:R]->(p)",
        "MATCH (m:M), (p:P {name: 'b'}) WHERE m.id % 3 = 0 CREATE (m)-[:R]->(p), (m)-[:S]->(p)",
        "MATCH (m:M), (q:Q) WHERE m.id % 5 = 0 CREATE (m)-[:R]->(q)",
        "MATCH (m:M {id: 6}) CREATE (m)-[:R]->(m)",
        "MATCH (m:M) WHERE m.id > 50 SET m:P",
    ]

    func testFusedStepsGiveTheRowsOfTheStepsOneByOne() throws {
        let harness = try EngineHarness(setup: setup)
        harness.engine.parameters = ["k": .string("x"), "p": .string("2024")]
        let queries: [(match: String, tests: [String], items: String)] = [
            ("MATCH (p:P {name: 'a'})<-[:R]-(m:M)", ["m.k = 'x'"], "m.id"),
            ("MATCH (p:P)<-[r]-(m)", ["m.k STARTS WITH 'x'", "m.period <> '2025'"], "p.name, type(r), m.id"),
            ("MATCH (p:P {name: 'b'})<-[:R|S]-(m:M)", ["m.k = $k"], "m.id"),
            ("MATCH (p:P {name: 'b'})<--(m)", ["m.period STARTS WITH $p", "m.k >= 'x'"], "m.id, m.k"),
            ("MATCH (m:M)", ["m.k STARTS WITH 'x'", "m.period = '2025'"], "m.id"),
            ("MATCH (m:M {period: '2024-01'})", ["m.k CONTAINS 'y'"], "m.id"),
            ("MATCH (m:M)", ["m.nothing = 'x'"], "m.id"),
            ("MATCH (m:M)", ["m.period < '2025'"], "m.id, m.period"),
            ("MATCH (a:M)-[r1:R]->(b)<-[r2:R]-(c:M)", ["c.k = 'xy'", "a.id = 6"], "b.name, c.id, r1 = r2"),
            ("MATCH (m:M)-[:R]->(n:P)", ["n.name = 'a'"], "m.id, n.name"),
        ]
        for (match, tests, items) in queries {
            let fused = "\(match) WHERE \(tests.joined(separator: " AND ")) RETURN \(items)"
            let oneByOne = "\(match) WHERE \(tests.map { "(\($0)) = true" }.joined(separator: " AND ")) RETURN \(items)"
            let rows = try harness.rows(fused)
            XCTAssertEqual(rows, try harness.rows(oneByOne), fused)
            XCTAssertEqual(try harness.rows(fused + " LIMIT 2"), Array(rows.prefix(2)), fused)
        }
        XCTAssertEqual(try harness.rows("MATCH (p:P {name: 'a'})<-[:R]-(m:M) WHERE m.k = 'x' RETURN count(*)"), ["15"])
    }
}
