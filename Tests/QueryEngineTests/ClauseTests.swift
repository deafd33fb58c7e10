import XCTest

/// Clauses over a small graph written with CREATE, the way the openCypher TCK sets up its scenarios.
final class ClauseTests: XCTestCase {
    /// Vietnam and Laos in ASEAN, Japan in no group; a three-level product hierarchy.
    private func graph() throws -> EngineHarness {
        try EngineHarness(setup: [
            """
            CREATE (asean:PartnerGroup {name: 'ASEAN'}), (vn:Partner {name: 'Vietnam', pop: 100}),
                   (la:Partner {name: 'Laos'}), (jp:Partner {name: 'Japan', pop: 124}),
                   (vn)-[:MEMBER_OF {since: 1995}]->(asean), (la)-[:MEMBER_OF {since: 1997}]->(asean),
                   (ev:Product {name: 'Electric vehicles'}), (trio:Product {name: 'New trio'}),
                   (green:Product {name: 'Green products'}), (ev)-[:PART_OF]->(trio), (trio)-[:PART_OF]->(green)
            """,
        ])
    }

    func testMatchAndWhere() throws {
        let h = try graph()
        XCTAssertEqual(try h.rows("MATCH (p:Partner)-[:MEMBER_OF]->(g {name: 'ASEAN'}) RETURN p.name ORDER BY p.name"), ["'Laos'", "'Vietnam'"])
        XCTAssertEqual(try h.rows("MATCH (p:Partner) WHERE p.pop > 110 RETURN p.name"), ["'Japan'"])
        XCTAssertEqual(try h.rows("MATCH (p:Partner) WHERE p.pop IS NULL RETURN p.name"), ["'Laos'"])
        XCTAssertEqual(try h.rows("MATCH (p:Partner|PartnerGroup) RETURN count(*) AS n"), ["4"])
        XCTAssertEqual(try h.rows("MATCH (p:Partner) WHERE (p)-[:MEMBER_OF]->(:PartnerGroup) RETURN p.name ORDER BY p.name"),
                       ["'Laos'", "'Vietnam'"])
        XCTAssertEqual(try h.rows("MATCH (p:Partner) WHERE NOT (p)-[:MEMBER_OF]->() RETURN p.name"), ["'Japan'"])
        XCTAssertEqual(try h.rows("MATCH (a:Partner), (b:Partner) WHERE a.name < b.name RETURN a.name, b.name ORDER BY a.name, b.name"),
                       ["'Japan' | 'Laos'", "'Japan' | 'Vietnam'", "'Laos' | 'Vietnam'"])
        XCTAssertEqual(try h.rows("MATCH (a)-[r:MEMBER_OF]->(b) RETURN type(r), r.since ORDER BY r.since"),
                       ["'MEMBER_OF' | 1995", "'MEMBER_OF' | 1997"])
        XCTAssertEqual(try h.rows("MATCH (a)<-[:MEMBER_OF]-(b {name: 'Laos'}) RETURN a.name"), ["'ASEAN'"])
        XCTAssertEqual(try h.rows("MATCH (a {name: 'Laos'})-[:MEMBER_OF]-(b) RETURN b.name"), ["'ASEAN'"])
    }

    func testRelationshipsAreUniqueWithinOneMatch() throws {
        let h = try graph()
        // Both ends of an undirected pattern around ASEAN: a relationship is never used twice in one match.
        XCTAssertEqual(try h.rows("MATCH (a)-[:MEMBER_OF]-(g)-[:MEMBER_OF]-(b) RETURN a.name, b.name ORDER BY a.name"),
                       ["'Laos' | 'Vietnam'", "'Vietnam' | 'Laos'"])
        // Across two MATCH clauses the same relationship may be matched again.
        XCTAssertEqual(try h.rows("MATCH (a)-[:MEMBER_OF]->(g) MATCH (b)-[:MEMBER_OF]->(g) RETURN count(*) AS n"), ["4"])
    }

    func testVariableLengthIncludingZeroHops() throws {
        let h = try graph()
        XCTAssertEqual(try h.rows("MATCH (p {name: 'Electric vehicles'})-[:PART_OF*]->(up) RETURN up.name ORDER BY up.name"),
                       ["'Green products'", "'New trio'"])
        XCTAssertEqual(try h.rows("MATCH (p {name: 'Electric vehicles'})-[:PART_OF*0..]->(up) RETURN count(up) AS n"), ["3"])
        XCTAssertEqual(try h.rows("MATCH (p {name: 'Electric vehicles'})-[:PART_OF*2]->(up) RETURN up.name"), ["'Green products'"])
        XCTAssertEqual(try h.rows("MATCH (down)-[:PART_OF*1..2]->(g {name: 'Green products'}) RETURN down.name ORDER BY down.name"),
                       ["'Electric vehicles'", "'New trio'"])
        XCTAssertEqual(try h.rows("MATCH (p {name: 'Electric vehicles'})-[rs:PART_OF*]->(up {name: 'Green products'}) RETURN size(rs)"), ["2"])
        XCTAssertEqual(try h.rows("MATCH path = (p {name: 'Electric vehicles'})-[:PART_OF*]->(g {name: 'Green products'}) RETURN length(path), [n IN nodes(path) | n.name]"),
                       ["2 | ['Electric vehicles', 'New trio', 'Green products']"])
        let result = try h.engine.run("MATCH (p {name: 'Laos'})-[*]-(x) RETURN count(*)")
        XCTAssertEqual(result.warnings, ["an unbounded variable-length relationship is capped at 25 hops; write *..N to choose another bound"])
    }

    func testShortestPath() throws {
        let h = try graph()
        XCTAssertEqual(try h.rows("MATCH (a {name: 'Vietnam'}), (b {name: 'Laos'}), p = shortestPath((a)-[*]-(b)) RETURN length(p)"), ["2"])
        XCTAssertEqual(try h.rows("MATCH (a {name: 'Vietnam'}), (b {name: 'Japan'}), p = shortestPath((a)-[*]-(b)) RETURN length(p)"), [])
    }

    func testOptionalMatchProducesNulls() throws {
        let h = try graph()
        XCTAssertEqual(try h.rows("MATCH (p:Partner) OPTIONAL MATCH (p)-[:MEMBER_OF]->(g) RETURN p.name, g.name ORDER BY p.name"),
                       ["'Japan' | null", "'Laos' | 'ASEAN'", "'Vietnam' | 'ASEAN'"])
        XCTAssertEqual(try h.rows("OPTIONAL MATCH (x:Nothing) RETURN x"), ["null"])
    }

    func testWithScopingAndAggregationGroupingKeys() throws {
        let h = try graph()
        XCTAssertEqual(try h.rows("MATCH (p:Partner)-[:MEMBER_OF]->(g) WITH g, count(p) AS members RETURN g.name, members"), ["'ASEAN' | 2"])
        XCTAssertEqual(h.error("MATCH (p:Partner) WITH p.name AS name RETURN p"), "1:46: variable 'p' is not defined")
        XCTAssertEqual(h.error("MATCH (p:Partner) WITH p.name RETURN 1"), "1:24: expression in WITH must be aliased (use AS)")
        XCTAssertEqual(try h.rows("MATCH (p:Partner) WITH p ORDER BY p.name LIMIT 2 RETURN p.name"), ["'Japan'", "'Laos'"])
        XCTAssertEqual(try h.rows("MATCH (p:Partner) WITH p.name AS name WHERE name STARTS WITH 'V' RETURN name"), ["'Vietnam'"])
        XCTAssertEqual(try h.rows("UNWIND [1, 1, 2] AS x WITH x, count(*) AS n RETURN x, n ORDER BY x"), ["1 | 2", "2 | 1"])
        XCTAssertEqual(try h.rows("UNWIND [1, 2, 3] AS x RETURN x % 2 AS parity, collect(x) AS xs ORDER BY parity"),
                       ["0 | [2]", "1 | [1, 3]"])
        XCTAssertEqual(try h.rows("MATCH (p:Partner) RETURN p.name ORDER BY p.pop DESC"), ["'Laos'", "'Japan'", "'Vietnam'"])
    }

    func testOrderByAcrossMixedTypesAndNulls() throws {
        let h = try graph()
        XCTAssertEqual(try h.rows("UNWIND [3, 'b', null, 1.5, true, [1], 'a'] AS x RETURN x ORDER BY x"),
                       ["[1]", "'a'", "'b'", "true", "1.5", "3", "null"])
        XCTAssertEqual(try h.rows("UNWIND [2, null, 1] AS x RETURN x ORDER BY x DESC"), ["null", "2", "1"])
        XCTAssertEqual(h.error("UNWIND [1] AS x RETURN count(*) AS n ORDER BY x"),
                       "1:47: variable 'x' is not defined; after aggregation or DISTINCT, ORDER BY and WHERE can only use the projected columns")
    }

    func testDistinctOverListsAndMaps() throws {
        let h = try graph()
        XCTAssertEqual(try h.rows("UNWIND [[1, 2], [1, 2], [2, 1]] AS x RETURN DISTINCT x"), ["[1, 2]", "[2, 1]"])
        XCTAssertEqual(try h.rows("UNWIND [{a: 1}, {a: 1}, {a: 1.0}, {b: 1}] AS x RETURN DISTINCT x"), ["{a: 1}", "{b: 1}"])
        XCTAssertEqual(try h.rows("UNWIND [1, 1.0, null, null] AS x RETURN DISTINCT x"), ["1", "null"])
    }

    func testUnwindOfEmptyListsAndNull() throws {
        let h = try graph()
        XCTAssertEqual(try h.rows("UNWIND [] AS x RETURN x"), [])
        XCTAssertEqual(try h.rows("UNWIND null AS x RETURN x"), [])
        XCTAssertEqual(try h.rows("UNWIND [1, [2, 3]] AS x RETURN x"), ["1", "[2, 3]"])
    }

    func testUnionChecksColumns() throws {
        let h = try graph()
        XCTAssertEqual(try h.rows("RETURN 1 AS x UNION RETURN 1 AS x"), ["1"])
        XCTAssertEqual(try h.rows("RETURN 1 AS x UNION ALL RETURN 1 AS x"), ["1", "1"])
        XCTAssertEqual(h.error("RETURN 1 AS x UNION RETURN 1 AS y"), "1:1: all parts of a UNION must return the same columns: [\"x\"] and [\"y\"]")
    }

    func testSkipLimitAndColumnNames() throws {
        let h = try graph()
        XCTAssertEqual(try h.rows("UNWIND range(1, 10) AS x RETURN x SKIP 2 LIMIT 3"), ["3", "4", "5"])
        XCTAssertEqual(try h.engine.run("MATCH (p:Partner) RETURN p.name, count(*) AS n").columns, ["p.name", "n"])
        XCTAssertEqual(h.error("RETURN 1 LIMIT -1"), "1:16: SKIP and LIMIT need a non-negative integer")
    }

    func testWritesChangeTheGraphAndCountChanges() throws {
        let h = try graph()
        let created = try h.engine.run("MATCH (g:PartnerGroup {name: 'ASEAN'}) CREATE (:Partner {name: 'Cambodia'})-[:MEMBER_OF]->(g)")
        XCTAssertEqual(created.changes.summary, "Added 1 nodes, Created 1 relationships, Set 1 properties, Added 1 labels")
        XCTAssertEqual(try h.rows("MATCH (p)-[:MEMBER_OF]->(:PartnerGroup) RETURN count(p) AS n"), ["3"])
        _ = try h.engine.run("MATCH (p:Partner {name: 'Japan'}) SET p.pop = 125, p:Economy")
        XCTAssertEqual(try h.rows("MATCH (p:Economy) RETURN p.name, p.pop"), ["'Japan' | 125"])
        _ = try h.engine.run("MATCH (p:Partner {name: 'Japan'}) REMOVE p.pop, p:Economy")
        XCTAssertEqual(try h.rows("MATCH (p {name: 'Japan'}) RETURN p.pop, labels(p)"), ["null | ['Partner']"])
        XCTAssertEqual(h.error("MATCH (g:PartnerGroup) DELETE g"), "1:31: cannot delete a node that still has 3 relationship(s); use DETACH DELETE")
        let deleted = try h.engine.run("MATCH (g:PartnerGroup) DETACH DELETE g")
        XCTAssertEqual(deleted.changes.summary, "Deleted 1 nodes, Deleted 3 relationships")
        _ = try h.engine.run("MERGE (p:Partner {name: 'Japan'}) ON MATCH SET p.seen = true")
        _ = try h.engine.run("MERGE (p:Partner {name: 'Korea'}) ON CREATE SET p.created = true")
        XCTAssertEqual(try h.rows("MATCH (p:Partner) WHERE p.seen OR p.created RETURN p.name ORDER BY p.name"), ["'Japan'", "'Korea'"])
        // A write never sees its own output: MATCH then CREATE of the same label does not loop.
        _ = try h.engine.run("MATCH (p:Partner) CREATE (:Partner {name: p.name + ' copy'})")
        XCTAssertEqual(try h.rows("MATCH (p:Partner) RETURN count(p) AS n"), ["10"])
    }

    func testUnknownNamesWarnWithSuggestions() throws {
        let h = try graph()
        let result = try h.engine.run("MATCH (p:Partnr)-[:MEMBER_OFF]->(g {nmae: 'x'}) RETURN p")
        XCTAssertEqual(result.warnings, [
            "unknown label 'Partnr'; did you mean 'Partner'?",
            "unknown property key 'nmae'; did you mean 'name'?",
            "unknown relationship type 'MEMBER_OFF'; did you mean 'MEMBER_OF'?",
        ])
        XCTAssertEqual(try h.engine.run("MATCH (p:Partner) WHERE p.nmae = 'Laos' RETURN p.pop").warnings,
                       ["unknown property key 'nmae'; did you mean 'name'?"])
        XCTAssertEqual(try h.engine.run("WITH {a: 1} AS m RETURN m.a").warnings, [], "a map's keys are not the graph's")
    }
}
