import XCTest

/// Where matching starts: a query that names an entity starts from an index, never from a scan of the graph.
final class PlanChoiceTests: XCTestCase {
    private func plan(_ query: String) throws -> [String] {
        try EngineHarness(bundled: ()).rows("EXPLAIN " + query)
    }

    func testQueriesThatNameAnEntityStartFromAnIndexSeek() throws {
        let cases: [(query: String, start: String)] = [
            ("MATCH (n {name: 'ASEAN'}) RETURN n", "'  NodeIndexSeek (n {name: 'ASEAN'})'"),
            ("MATCH (p:Partner {name: 'Japan'})<-[:PARTNER]-(m) RETURN m", "'  NodeIndexSeek (p:Partner {name: 'Japan'})'"),
            ("MATCH (m:Measurement)-[:PARTNER]->(g) WHERE g.name = 'ASEAN' RETURN m", "'  NodeIndexSeek (g {name: 'ASEAN'})'"),
            ("MATCH (m:Measurement)-[:PRODUCT]->(:Product {id: 'new-trio'}) RETURN m", "'  NodeIndexSeek (_1:Product {id: 'new-trio'})'"),
            ("MATCH (m:Measurement) WHERE m.metric = 'value' AND m.id IN ['fy25en-l44-1', 'q125-l23-1'] RETURN m",
             "'  NodeIndexSeek (m:Measurement) m.id IN ['fy25en-l44-1', 'q125-l23-1']'"),
        ]
        for item in cases {
            let steps = try plan(item.query)
            XCTAssertEqual(steps.dropFirst().first, item.start, item.query)
            XCTAssertFalse(steps.contains { $0.contains("AllNodesScan") || $0.contains("NodeByLabelScan") }, "\(item.query): \(steps)")
        }
    }

    func testWithoutANameALabelIsScannedNotTheWholeGraph() throws {
        let steps = try plan("MATCH (p:Person)-[:SPOKE_AT]->(s:Source) RETURN p, s")
        XCTAssertTrue(steps.dropFirst().first?.contains("NodeByLabelScan") ?? false, "\(steps)")
        XCTAssertFalse(steps.contains { $0.contains("AllNodesScan") }, "\(steps)")
    }

    /// After a seek, only what the index does not guarantee is tested again: a second label or property stays.
    func testASeekIsNotFollowedByATestOfWhatItFound() throws {
        XCTAssertEqual(try plan("MATCH (p:Partner {name: 'Japan'}) RETURN p.id"),
                       ["'Match'", "'  NodeIndexSeek (p:Partner {name: 'Japan'})'", "'Project p.id'"])
        XCTAssertTrue(try plan("MATCH (p:Partner {name: 'Japan', id: 'japan'}) RETURN p").contains { $0.contains("NodeFilter (p {id})") })
        XCTAssertEqual(try EngineHarness(bundled: ()).rows("MATCH (p:Partner {name: 'Japan', id: 'nope'}) RETURN p.id"), [])
        XCTAssertEqual(try EngineHarness(bundled: ()).rows("MATCH (p:Partner {name: 'Japan'}) RETURN p.id"), ["'japan'"])
    }

    /// `IN` a written-out list seeks each element: every node once, nulls and an empty list finding nothing,
    /// and the rows those of the same filter over a scan.
    func testAnInListSeeksEachElementOnce() throws {
        let harness = try EngineHarness(bundled: ())
        for list in ["['japan', 'asean', 'japan', null, 'nobody']", "[]", "['japan']"] {
            let seeking = "MATCH (n) WHERE n.id IN \(list) RETURN n.id ORDER BY n.id"
            let scanning = "MATCH (n) WHERE (n.id IN \(list)) = true RETURN n.id ORDER BY n.id"
            XCTAssertEqual(try harness.rows(seeking), try harness.rows(scanning), list)
        }
        XCTAssertEqual(try harness.rows("MATCH (n) WHERE n.id IN ['japan', 'asean', 'japan'] RETURN n.id ORDER BY n.id"), ["'asean'", "'japan'"])
    }
}
