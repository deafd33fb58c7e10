import XCTest

/// Scenarios of the openCypher TCK (tck/features/clauses/match/Match4.feature and others), translated: the
/// setup, the query and the expected rows as the TCK gives them.
final class TCKScenarioTests: XCTestCase {
    /// Match4 [1] Handling fixed-length variable length pattern.
    func testFixedLengthVariableLengthPattern() throws {
        let h = try EngineHarness(setup: ["CREATE ()-[:T]->()"])
        XCTAssertEqual(try h.rows("MATCH (a)-[r*1..1]->(b) RETURN r"), ["[[:T]]"])
    }

    /// Match4 [2] Simple variable length pattern.
    func testSimpleVariableLengthPattern() throws {
        let h = try EngineHarness(setup: [
            "CREATE (a {name: 'A'}), (b {name: 'B'}), (c {name: 'C'}), (d {name: 'D'}) "
                + "CREATE (a)-[:CONTAINS]->(b), (b)-[:CONTAINS]->(c), (c)-[:CONTAINS]->(d)",
        ])
        XCTAssertEqual(try h.rows("MATCH (a {name: 'A'})-[*]->(x) RETURN x.name ORDER BY x.name"), ["'B'", "'C'", "'D'"])
    }

    /// Match4 [3] Zero-length variable length pattern in the middle of the pattern.
    func testZeroLengthInTheMiddle() throws {
        let h = try EngineHarness(setup: [
            "CREATE (a {name: 'A'}), (b {name: 'B'}), (c {name: 'C'}), ({name: 'D'}), ({name: 'E'}) "
                + "CREATE (a)-[:CONTAINS]->(b), (b)-[:FRIEND]->(c)",
        ])
        XCTAssertEqual(try h.rows("MATCH (a {name: 'A'})-[:CONTAINS*0..1]->(b)-[:FRIEND*0..1]->(c) RETURN a.name, b.name, c.name ORDER BY b.name, c.name"),
                       ["'A' | 'A' | 'A'", "'A' | 'B' | 'B'", "'A' | 'B' | 'C'"])
    }

    /// Match4 [4] Matching longer variable length paths (the setup uses WITH *, UNWIND, collect and list indexing).
    func testLongerVariableLengthPaths() throws {
        let h = try EngineHarness(setup: [
            """
            CREATE (a {var: 'start'}), (b {var: 'end'})
            WITH *
            UNWIND range(1, 20) AS i
            CREATE (n {var: i})
            WITH a, b, [a] + collect(n) + [b] AS nodeList
            UNWIND range(0, size(nodeList) - 2, 1) AS i
            WITH nodeList[i] AS n1, nodeList[i+1] AS n2
            CREATE (n1)-[:T]->(n2)
            """,
        ])
        XCTAssertEqual(try h.rows("MATCH (n {var: 'start'})-[:T*]->(m {var: 'end'}) RETURN m.var"), ["'end'"])
    }

    /// Match4 [5] Matching variable length pattern with property predicate.
    func testVariableLengthWithPropertyPredicate() throws {
        let h = try EngineHarness(setup: [
            "CREATE (a:Artist:A), (b:Artist:B), (c:Artist:C) "
                + "CREATE (a)-[:WORKED_WITH {year: 1987}]->(b), (b)-[:WORKED_WITH {year: 1988}]->(c)",
        ])
        XCTAssertEqual(try h.rows("MATCH (a:Artist)-[:WORKED_WITH* {year: 1988}]->(b:Artist) RETURN labels(a), labels(b)"),
                       ["['Artist', 'B'] | ['Artist', 'C']"])
    }

    /// Match4 [6] Matching variable length patterns from a bound node.
    func testVariableLengthFromABoundNode() throws {
        let h = try EngineHarness(setup: ["CREATE (a:A), (b), (c) CREATE (a)-[:X]->(b), (b)-[:Y]->(c)"])
        XCTAssertEqual(try h.rows("MATCH (a:A) MATCH (a)-[r*2]->() RETURN r"), ["[[:X], [:Y]]"])
    }

    /// Match4 [7] Matching variable length patterns including a bound relationship.
    func testVariableLengthIncludingABoundRelationship() throws {
        let h = try EngineHarness(setup: [
            "CREATE (n0:Node), (n1:Node), (n2:Node), (n3:Node), (n0)-[:EDGE]->(n1), (n1)-[:EDGE]->(n2), (n2)-[:EDGE]->(n3)",
        ])
        XCTAssertEqual(try h.rows("MATCH ()-[r:EDGE]-() MATCH p = (n)-[*0..1]-()-[r]-()-[*0..1]-(m) RETURN count(p) AS c"), ["32"])
    }

    /// Aggregation2 / ReturnOrderBy: null sorts last ascending and first descending; count(DISTINCT) skips null.
    func testCountDistinctSkipsNull() throws {
        let h = try EngineHarness(setup: ["CREATE ({x: 1}), ({x: 1}), ({x: 2}), ({})"])
        XCTAssertEqual(try h.rows("MATCH (n) RETURN count(DISTINCT n.x) AS c, count(n.x) AS v, count(*) AS s"), ["2 | 3 | 4"])
    }

    /// With1: WITH hides variables not carried over and keeps aggregated rows.
    func testWithAggregationCarriesGroups() throws {
        let h = try EngineHarness(setup: ["CREATE (:A {n: 1})-[:R]->(:B), (:A {n: 2})-[:R]->(:B), (:A {n: 2})"])
        XCTAssertEqual(try h.rows("MATCH (a:A) WITH a.n AS n, count(*) AS c RETURN n, c ORDER BY n"), ["1 | 1", "2 | 2"])
        XCTAssertEqual(try h.rows("MATCH (a:A) OPTIONAL MATCH (a)-[:R]->(b) WITH a, count(b) AS c RETURN a.n, c ORDER BY a.n, c"),
                       ["1 | 1", "2 | 0", "2 | 1"])
    }
}
