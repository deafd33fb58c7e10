import XCTest

/// Questions about the bundled graph whose answers were worked out from the CSV files independently of the
/// engine (with a short script over `Graph/*.csv`), so that a planner or executor bug shows as a wrong answer.
final class BundledGraphTests: XCTestCase {
    private var h: EngineHarness { get throws { try EngineHarness(bundled: ()) } }

    func testCountsPerLabel() throws {
        XCTAssertEqual(try h.rows("MATCH (n) WHERE NOT n:Measurement AND NOT n:Source RETURN labels(n)[0] AS label, count(*) AS n ORDER BY n DESC, label"), [
            "'Product' | 94", "'Policy' | 35", "'Region' | 31", "'Partner' | 25", "'Channel' | 23", "'PartnerGroup' | 17",
            "'Organization' | 13", "'Person' | 9", "'Event' | 7", "'EnterpriseType' | 6", "'Economy' | 1",
        ])
        XCTAssertEqual(try h.value("MATCH (m:Measurement) RETURN count(m) AS n"), "611")
    }

    func testCountsPerMetric() throws {
        XCTAssertEqual(try h.rows("MATCH (m:Measurement) RETURN m.metric AS metric, count(*) AS n ORDER BY metric"), [
            "'average_count' | 1", "'average_value' | 3", "'avg_annual_growth' | 3", "'contribution' | 11", "'contribution_rate' | 3",
            "'count' | 78", "'count_change' | 15", "'count_growth' | 2", "'duration' | 6", "'duration_change' | 1",
            "'growth' | 5", "'growth_change' | 10", "'index' | 1", "'limit' | 5", "'price_change' | 6", "'quantity' | 11",
            "'quantity_growth' | 10", "'rank' | 27", "'ratio' | 1", "'share' | 90", "'share_change' | 8", "'threshold' | 2",
            "'value' | 97", "'yoy_growth' | 215",
        ])
    }

    func testMembersOfAGroupByAliasAndChineseName() throws {
        let members = "MATCH (p:Partner)-[:MEMBER_OF]->(g:PartnerGroup) WHERE g.name_zh = '东盟' RETURN p.id ORDER BY p.id"
        XCTAssertEqual(try h.rows(members), ["'brunei'", "'cambodia'", "'indonesia'", "'laos'", "'malaysia'", "'myanmar'",
                                             "'philippines'", "'singapore'", "'thailand'", "'vietnam'"])
    }

    func testProductsUnderTheNewTrio() throws {
        XCTAssertEqual(try h.rows("MATCH (p:Product)-[:PART_OF]->(:Product {id: 'new-trio'}) RETURN p.id ORDER BY p.id"),
                       ["'electric-vehicles'", "'lithium-ion-batteries'", "'photovoltaic-products'"])
    }

    func testVariableLengthWalkUpTheProductHierarchy() throws {
        XCTAssertEqual(try h.rows("MATCH (:Product {id: 'electric-vehicles'})-[:PART_OF*]->(up:Product) RETURN DISTINCT up.id ORDER BY up.id"),
                       ["'green-products'", "'new-energy-products'", "'new-energy-vehicles'", "'new-trio'"])
    }

    func testEverythingFromOneSourceAndItsSpeakers() throws {
        XCTAssertEqual(try h.rows("MATCH (m:Measurement)-[:SOURCE]->(s:Source) RETURN s.id, count(m) AS n ORDER BY n DESC"),
                       ["'fy2025-en' | 273", "'q1-2025' | 227", "'recap-2025' | 81", "'h1-2025' | 29", "'fy2025-zh-en' | 1"])
        XCTAssertEqual(try h.rows("""
            MATCH (m:Measurement)-[:SOURCE]->(:Source {id: 'q1-2025'})
            OPTIONAL MATCH (m)-[:SPOKEN_BY]->(p:Person)
            RETURN p.name AS speaker, count(m) AS figures ORDER BY figures DESC
            """), ["'Wang Lingjun' | 120", "'Lyu Daliang' | 104", "null | 3"])
    }

    func testTheHeadlineFullYearFigures() throws {
        let query = """
            MATCH (m:Measurement)-[:SOURCE]->(:Source {id: 'fy2025-en'})
            WHERE m.metric = 'value' AND m.period = '2025' AND NOT (m)-[:PARTNER|PRODUCT|REGION|ENTERPRISE|POLICY|CHANNEL]->()
              AND m.line = 44
            RETURN m.flow, fmt.amount(m.value, m.unit) ORDER BY m.flow
            """
        XCTAssertEqual(try h.rows(query), ["'export' | '26.99 trillion yuan'", "'import' | '18.48 trillion yuan'",
                                           "'total' | '45.47 trillion yuan'"])
    }
}
