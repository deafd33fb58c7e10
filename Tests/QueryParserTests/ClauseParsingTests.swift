import XCTest
import QueryAST
import QueryParser

final class ClauseParsingTests: XCTestCase {
    func testReadingClauses() {
        let cases: [(String, String)] = [
            ("MATCH (n) RETURN n", "(query (match (n)) (return n))"),
            ("match (n) return n;", "(query (match (n)) (return n))"),
            ("MATCH (a), (b) WHERE a.x = b.x RETURN a",
             "(query (match (a), (b) where (= (. a x) (. b x))) (return a))"),
            ("MATCH (a) OPTIONAL MATCH (a)-->(b) RETURN a, b",
             "(query (match (a)) (optional-match (a)-[]->(b)) (return a b))"),
            ("MATCH (a) MATCH (b) RETURN *", "(query (match (a)) (match (b)) (return *))"),
            ("MATCH (a) RETURN *, a.x AS x", "(query (match (a)) (return * (. a x) AS x))"),
            ("UNWIND [1, 2] AS x RETURN x", "(query (unwind [1 2] x) (return x))"),
            ("MATCH (n) WITH n, count(*) AS c WHERE c > 1 RETURN n",
             "(query (match (n)) (with n count(*) AS c where (> c 1)) (return n))"),
            ("MATCH (n) WITH DISTINCT n.x AS x ORDER BY x SKIP 1 LIMIT 2 WHERE x > 0 RETURN x",
             "(query (match (n)) (with distinct (. n x) AS x order x skip 1 limit 2 where (> x 0)) (return x))"),
            ("WITH * RETURN 1", "(query (with *) (return 1))"),
            ("RETURN DISTINCT 1 AS one", "(query (return distinct 1 AS one))"),
            ("RETURN x ORDER BY x ASC, y DESC, z ASCENDING, w DESCENDING",
             "(query (return x order x, y desc, z, w desc))"),
            ("RETURN 1 AS `my col`, 2 AS end", "(query (return 1 AS my col 2 AS end))"),
            ("RETURN 1 UNION RETURN 2 UNION ALL RETURN 3",
             "(query (return 1)) UNION (query (return 2)) UNION ALL (query (return 3))"),
            ("EXPLAIN MATCH (n) RETURN n", "EXPLAIN (query (match (n)) (return n))"),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(TestSupport.parse(text), expected, "parsing \(text)")
        }
    }

    func testUpdatingClauses() {
        let cases: [(String, String)] = [
            ("CREATE (a:A {x: 1})-[:R]->(b)", "(query (create (a:A {x: 1})-[:R]->(b)))"),
            ("CREATE (a), (b)", "(query (create (a), (b)))"),
            ("MERGE (a:A {k: 1}) ON CREATE SET a.c = 1 ON MATCH SET a.m = 2, a.n = 3",
             "(query (merge (a:A {k: 1}) on-create (= (. a c) 1) on-match (= (. a m) 2) (= (. a n) 3)))"),
            ("MATCH (n) SET n.p = 1, n:L:M, n = {a: 1}, n += $props",
             "(query (match (n)) (set (= (. n p) 1) (: n L M) (= n {a: 1}) (+= n $props)))"),
            ("MATCH (n) SET n.a.b = 1", "(query (match (n)) (set (= (. (. n a) b) 1)))"),
            ("MATCH (n) DELETE n", "(query (match (n)) (delete n))"),
            ("MATCH (n)-[r]-() DETACH DELETE n, r", "(query (match (n)-[r]-()) (detach-delete n r))"),
            ("MATCH (n) REMOVE n.p, n:L:M", "(query (match (n)) (remove (. n p) (: n L M)))"),
            ("MATCH (n) SET n.x = 1 RETURN n", "(query (match (n)) (set (= (. n x) 1)) (return n))"),
            ("CREATE (n) WITH n MATCH (m) CREATE (n)-[:R]->(m)",
             "(query (create (n)) (with n) (match (m)) (create (n)-[:R]->(m)))"),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(TestSupport.parse(text), expected, "parsing \(text)")
        }
    }

    func testPatterns() {
        let cases: [(String, String)] = [
            ("MATCH () RETURN 1", "()"),
            ("MATCH (:A:B) RETURN 1", "(:A:B)"),
            ("MATCH (n:A|B:C) RETURN 1", "(n:A|B:C)"),
            ("MATCH (n:A|:B) RETURN 1", "(n:A|B)"),
            ("MATCH (n {name: 'x', age: 3}) RETURN 1", "(n {name: 'x', age: 3})"),
            ("MATCH (n $props) RETURN 1", "(n $props)"),
            ("MATCH (a)-->(b) RETURN 1", "(a)-[]->(b)"),
            ("MATCH (a)<--(b) RETURN 1", "(a)<-[]-(b)"),
            ("MATCH (a)--(b) RETURN 1", "(a)-[]-(b)"),
            ("MATCH (a)<-->(b) RETURN 1", "(a)-[]-(b)"),
            ("MATCH (a)-[r]->(b) RETURN 1", "(a)-[r]->(b)"),
            ("MATCH (a)<-[r:T]-(b) RETURN 1", "(a)<-[r:T]-(b)"),
            ("MATCH (a)-[:A|B|:C]-(b) RETURN 1", "(a)-[:A|B|C]-(b)"),
            ("MATCH (a)-[*]->(b) RETURN 1", "(a)-[*..]->(b)"),
            ("MATCH (a)-[*2]->(b) RETURN 1", "(a)-[*2]->(b)"),
            ("MATCH (a)-[*1..3]->(b) RETURN 1", "(a)-[*1..3]->(b)"),
            ("MATCH (a)-[:PART_OF*..4]->(b) RETURN 1", "(a)-[:PART_OF*..4]->(b)"),
            ("MATCH (a)-[r*2..]->(b) RETURN 1", "(a)-[r*2..]->(b)"),
            ("MATCH (a)-[r:T {w: 1}]->(b) RETURN 1", "(a)-[r:T {w: 1}]->(b)"),
            ("MATCH (a)-[r $p]->(b) RETURN 1", "(a)-[r $p]->(b)"),
            ("MATCH (a)-->(b)<--(c)-[:R]-(d) RETURN 1", "(a)-[]->(b)<-[]-(c)-[:R]-(d)"),
            ("MATCH (a) - [r] -> (b) RETURN 1", "(a)-[r]->(b)"),
            ("MATCH (a) < - [r] - (b) RETURN 1", "(a)<-[r]-(b)"),
            ("MATCH p = (a)-[*]->(b) RETURN 1", "p = (a)-[*..]->(b)"),
            ("MATCH p = shortestPath((a)-[*]-(b)) RETURN 1", "p = shortestPath((a)-[*..]-(b))"),
            ("MATCH allShortestPaths((a)-[:R*]->(b)) RETURN 1", "allShortestPaths((a)-[:R*..]->(b))"),
            ("MATCH (`my node`:`My Label`) RETURN 1", "(my node:My Label)"),
            ("MATCH (公司:企业 {名称: '华为'}) RETURN 1", "(公司:企业 {名称: '华为'})"),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(TestSupport.parse(text), "(query (match \(expected)) (return 1))", "parsing \(text)")
        }
    }

    func testLocationsOfClausesAndPatterns() throws {
        let statement = try Parser.parse("MATCH (a)\n  -[r]->(b)\nRETURN a", file: "f.cypher")
        guard case .match(let match) = statement.parts[0].clauses[0],
              case .return(let projection) = statement.parts[0].clauses[1] else { return XCTFail("clauses") }
        XCTAssertEqual(statement.location.description, "f.cypher:1:1")
        XCTAssertEqual(match.patterns[0].element.steps[0].relationship.location.description, "f.cypher:2:3")
        XCTAssertEqual(match.patterns[0].element.steps[0].node.location.description, "f.cypher:2:9")
        XCTAssertEqual(projection.location.description, "f.cypher:3:1")
    }
}
