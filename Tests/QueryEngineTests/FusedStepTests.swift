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

    /// A fused scan hands its candidates to the fused hop after it a batch at a time (`scanThenExpand`): the
    /// rows and their order must be those of the same hop taken from each candidate in turn, as a second
    /// `MATCH` from the bound node takes it (the node the planner starts from: `m` in the third and fourth).
    func testAScanHandingItsCandidatesToTheHopGivesTheRowsOfEachCandidateInTurn() throws {
        let harness = try EngineHarness(setup: setup)
        let pairs = [
            ("MATCH (m:M {period: '2024-01'})-[:R]->(n:P) WHERE m.k STARTS WITH 'x' RETURN m.id, n.name",
             "MATCH (m:M {period: '2024-01'}) WHERE m.k STARTS WITH 'x' WITH m MATCH (m)-[:R]->(n:P) RETURN m.id, n.name"),
            ("MATCH (p:P)<-[r:R|S]-(m:M) WHERE p.name = 'b' RETURN p.name, type(r), m.id",
             "MATCH (p:P) WHERE p.name = 'b' WITH p MATCH (p)<-[r:R|S]-(m:M) RETURN p.name, type(r), m.id"),
            ("MATCH (p:P)<-[:R]-(m:M) WHERE p.name >= 'a' RETURN p.name, m.id",
             "MATCH (m:M) WITH m MATCH (p:P)<-[:R]-(m) WHERE p.name >= 'a' RETURN p.name, m.id"),
            ("MATCH (m:M)-[:R]->(n:M) WHERE m.id > 2 RETURN m.id, n.id",
             "MATCH (m:M) WHERE m.id > 2 WITH m MATCH (m)-[:R]->(n:M) RETURN m.id, n.id"),
        ]
        for (batched, inTurn) in pairs {
            let rows = try harness.rows(batched)
            XCTAssertFalse(rows.isEmpty, batched)
            XCTAssertEqual(rows, try harness.rows(inTurn), batched)
            XCTAssertEqual(try harness.rows(batched + " LIMIT 3"), Array(rows.prefix(3)), batched)
        }
    }

    /// A chain ending at a node pinned by a constant is pruned from that end (`SuffixReach`): the rows must be
    /// those of the same query with the pin written so that nothing can seek it.
    func testPruningFromAPinnedEndKeepsEveryMatch() throws {
        let harness = try EngineHarness(setup: setup)
        let pairs = [
            ("MATCH (x:P {name: 'b'})<-[:S]-(m:M)-[:R]->(p:P {name: 'a'}) RETURN m.id",
             "MATCH (x:P {name: 'b'})<-[:S]-(m:M)-[:R]->(p:P) WHERE (p.name = 'a') = true RETURN m.id"),
            ("MATCH (q:Q)<-[:R]-(m:M)-[r:R]->(p {name: 'a'}) RETURN m.id, labels(p)",
             "MATCH (q:Q)<-[:R]-(m:M)-[r:R]->(p) WHERE (p.name = 'a') = true RETURN m.id, labels(p)"),
            ("MATCH (a:M {id: 6})-[:R]->(b)-[r:R]-(c:M {id: 6}) RETURN b.id, type(r)",
             "MATCH (a:M {id: 6})-[:R]->(b)-[r:R]-(c:M) WHERE (c.id = 6) = true RETURN b.id, type(r)"),
        ]
        for (pinned, unpinned) in pairs {
            XCTAssertEqual(try harness.rows(pinned), try harness.rows(unpinned), pinned)
        }
        XCTAssertEqual(try harness.rows(pairs[0].0).count, 10)
    }

    /// A label test that every relationship of the type guarantees is skipped, until a label is removed.
    func testALabelRemovedIsTestedAgain() throws {
        let harness = try EngineHarness(setup: setup)
        let query = "MATCH (p:P {name: 'a'})<-[:R]-(m:M) RETURN count(*)"
        XCTAssertEqual(try harness.rows(query), ["30"])
        _ = try harness.engine.run("MATCH (m:M) WHERE m.id IN [2, 4] REMOVE m:M")
        XCTAssertEqual(try harness.rows(query), ["28"])
    }

    /// A walk builds its relationship list only when something reads it, and then still does.
    func testAWalkListsItsRelationshipsWhenTheyAreRead() throws {
        let harness = try EngineHarness(setup: setup)
        XCTAssertEqual(try harness.rows("MATCH (a:M {id: 6})-[r:R*1..2]->(b:P) RETURN b.name, size(r) ORDER BY size(r), b.name"),
                       ["'a' | 1", "'b' | 1", "'a' | 2", "'b' | 2"])
        XCTAssertEqual(try harness.rows("MATCH p = (a:M {id: 6})-[:R*2]->(b:P) RETURN length(p), size(relationships(p))"),
                       ["2 | 2", "2 | 2"])
        XCTAssertEqual(try harness.rows("MATCH (a:M {id: 6})-[:R*1..2]->(b:P) RETURN count(*)"), ["4"])
    }

    /// `ORDER BY ... LIMIT` keeps only the rows it can pass on, and the order stays stable.
    func testASortBeforeALimitGivesTheFirstRowsOfTheFullSort() throws {
        let harness = try EngineHarness()
        for order in ["k DESC", "k", "k, i DESC", "toString(k) DESC, i"] {
            let sorted = try harness.rows("UNWIND range(1, 2000) AS i RETURN i % 7 AS k, i ORDER BY \(order)")
            for (skip, limit) in [(0, 1), (0, 5), (3, 10), (0, 200), (1990, 50)] {
                XCTAssertEqual(try harness.rows("UNWIND range(1, 2000) AS i RETURN i % 7 AS k, i ORDER BY \(order) SKIP \(skip) LIMIT \(limit)"),
                               Array(sorted.dropFirst(skip).prefix(limit)), "\(order) SKIP \(skip) LIMIT \(limit)")
            }
        }
    }
}
