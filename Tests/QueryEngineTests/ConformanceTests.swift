import QueryExecutor
import XCTest

/// What openCypher answers or refuses where this engine used to differ (issue 15): self-loops counted once,
/// variables of one kind, errors known before the query runs, and the scope of ORDER BY and WITH's WHERE.
final class ConformanceTests: XCTestCase {
    func testASelfLoopIsMatchedOnce() throws {
        let h = try EngineHarness(setup: ["CREATE (a:A)-[:LOOP]->(a)", "CREATE (l:Looper)-[:LOOP]->(l), (:A)-[:T1]->(l)-[:T2]->(:B)"])
        let cases: [(query: String, count: String)] = [
            ("MATCH (a:A)-[r]-(b) WHERE (a)-[:LOOP]->(a) RETURN count(*)", "1"),
            ("MATCH ()-[r:LOOP]-() RETURN count(r)", "2"),
            ("MATCH (a)-[:LOOP*1..2]-(b) RETURN count(*)", "2"),
            ("MATCH (l:Looper)-[r*1..1]-(l) RETURN count(*)", "1"),
            ("MATCH (x:Looper) OPTIONAL MATCH (x)-[r:LOOP]-(x) RETURN count(r)", "1"),
            // From the looper: its loop once, and T2; T1 is already used by this match.
            ("MATCH (:A)-[:T1]->(l)-[r]-(n) RETURN count(*)", "2"),
        ]
        for item in cases { XCTAssertEqual(try h.value(item.query), item.count, item.query) }
    }

    func testRefusedBeforeTheQueryRuns() throws {
        let h = try EngineHarness(setup: ["CREATE (:A {name: 'a'})-[:T]->(:B)"])
        let cases: [(statement: String, error: String)] = [
            ("MATCH ()-[r]-() MATCH (r) RETURN r", "1:23: variable 'r' is a relationship and cannot be used as a node"),
            ("MATCH r = ()-[]-() MATCH (r) RETURN r", "1:26: variable 'r' is a path and cannot be used as a node"),
            ("WITH 1 AS n MATCH (n) RETURN n", "1:19: variable 'n' is a constant Integer and cannot be used as a node"),
            ("MATCH (p)-[]-() MATCH p = ()-[]-() RETURN p", "1:27: variable 'p' is already bound (to a node); a path variable must be new"),
            ("MATCH (a)-[r]->()-[r]->(a) RETURN a", "1:18: relationship variable 'r' appears twice in this pattern; a pattern matches each relationship once"),
            ("MATCH (a) CREATE (a) RETURN a", "1:18: variable 'a' is already defined; CREATE (a) would make no new node"),
            ("CREATE (n:Foo)-[:T1]->(), (n:Bar)-[:T2]->()", "1:27: variable 'n' is already defined; refer to it without labels or properties"),
            ("RETURN NOT 1", "1:8: NOT needs a boolean, not a Integer"),
            ("RETURN false AND 123", "1:8: AND needs booleans, not a Integer"),
            ("RETURN none(x IN ['a'] WHERE x % 2 = 0)", "1:30: cannot apply '%' to String and Integer"),
            ("WITH 123 AS nonMap RETURN nonMap.num", "1:27: cannot read property 'num' of a Integer"),
            ("MATCH p = (a)-[]->(b) RETURN labels(p)", "1:30: labels() expects a node, not a Path"),
            ("MATCH (n) WHERE (n) RETURN n", "1:17: WHERE needs a boolean condition, not a Node"),
            ("MATCH (n) WHERE (n)-[r]->() RETURN n", "1:20: variable 'r' is not defined; did you mean 'n'?"),
            ("MATCH (me)--(you) RETURN me.name + count(you)", "1:26: 'me' is neither aggregated nor a grouping key of this projection; project it on its own (me AS name) or aggregate it"),
            ("MATCH (n) RETURN count(count(*))", "1:18: count() cannot take an aggregate as its argument; aggregate in a WITH first"),
            ("MATCH (a)--(b) RETURN a.age + b.age, a.age + b.age + count(*)", "1:38: 'a' is neither aggregated nor a grouping key of this projection; project it on its own (a AS name) or aggregate it"),
            ("RETURN 1 AS x UNION RETURN 2 AS x UNION ALL RETURN 3 AS x", "1:1: UNION and UNION ALL cannot be mixed in one query; use one of them throughout"),
            ("MATCH (n) WITH n.name AS name ORDER BY count(*) RETURN name", "1:40: ORDER BY can only sort by an aggregate that the WITH computes; project it and sort by its name"),
        ]
        for item in cases {
            XCTAssertEqual(h.error(item.statement), item.error, item.statement)
            XCTAssertEqual(kind(of: item.statement, in: h), .semantic, item.statement)
        }
    }

    func testOrderByAndWhereSeeWhatOpenCypherAllows() throws {
        let h = try EngineHarness(setup: ["CREATE (:A {name: 'a', age: 1})-[:KNOWS]->(:B {name: 'b', age: 2}), (:C {name: 'c', age: 3})"])
        let cases: [(query: String, rows: [String])] = [
            ("MATCH (a)-[r:KNOWS]->(b) OPTIONAL MATCH (b)-[s]->(c) WITH b WHERE s IS NULL RETURN b.name", ["'b'"]),
            ("MATCH (n) WITH n.name AS name ORDER BY n.age DESC RETURN name", ["'c'", "'b'", "'a'"]),
            ("MATCH (n) WITH DISTINCT n.name AS name WHERE n.name = 'b' RETURN name", ["'b'"]),
            ("MATCH (me)--(you) WITH me.age AS age, count(you.age) AS cnt ORDER BY age, age + count(you.age) RETURN age, cnt",
             ["1 | 1", "2 | 1"]),
            ("MATCH (n) WITH avg(n.age) AS mean ORDER BY avg(n.age) + 1 RETURN mean", ["2.0"]),
            ("MATCH (a)-[*2..1]->(b) RETURN a", []),
        ]
        for item in cases { XCTAssertEqual(try h.rows(item.query), item.rows, item.query) }
    }

    func testComparisonsAcrossTypesAndWithNaN() throws {
        let h = try EngineHarness()
        let cases: [(query: String, value: String)] = [
            ("RETURN 0.0 / 0.0 > 1, 0.0 / 0.0 <= 1.0, 0.0 / 0.0 < 0.0 / 0.0", "false | false | false"),
            ("RETURN 0.0 / 0.0 > 'a', 1 < 'a', [1] < 1, 1 < 2.5", "null | null | null | true"),
        ]
        for item in cases { XCTAssertEqual(try h.value(item.query), item.value, item.query) }
    }

    func testAWriteFinishesForEveryRowBeforeALimit() throws {
        let h = try EngineHarness()
        XCTAssertEqual(try h.rows("UNWIND range(1, 5) AS i CREATE (n:N {i: i}) RETURN n.i AS i ORDER BY i SKIP 1 LIMIT 2"), ["2", "3"])
        XCTAssertEqual(try h.value("MATCH (n:N) RETURN count(n)"), "5")
    }

    private func kind(of statement: String, in harness: EngineHarness) -> StatementError.Kind? {
        do {
            _ = try harness.engine.run(statement)
            return nil
        } catch {
            return error.kind
        }
    }
}
