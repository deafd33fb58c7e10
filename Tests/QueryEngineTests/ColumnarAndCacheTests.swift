import XCTest

/// The columnar scan-filter-aggregate path and the plan cache must give what the general path gives.
final class ColumnarAndCacheTests: XCTestCase {
    private let setup = [
        "CREATE (:M {metric: 'value', flow: 'total', period: '2024', value: 1.5})",
        "CREATE (:M {metric: 'value', flow: 'total', period: '2023', value: 2.0})",
        "CREATE (:M {metric: 'value', flow: 'export', period: '2024', value: 4.0})",
        "CREATE (:M {metric: 'value', flow: 'total', period: '2024', value: 0.25})",
        "CREATE (:M {metric: 'share', flow: 'total', period: '2024'})",
    ]

    func testColumnarAggregationMatchesTheGeneralPath() throws {
        let harness = try EngineHarness(setup: setup)
        let columnar = "MATCH (m:M) WHERE m.metric = 'value' AND m.flow = 'total' "
            + "RETURN m.period AS period, sum(m.value) AS total, count(*) AS n, avg(m.value) AS mean ORDER BY period"
        // `m.value + 0` is not a plain property read, so this one takes the general path.
        let general = "MATCH (m:M) WHERE m.metric = 'value' AND m.flow = 'total' "
            + "RETURN m.period AS period, sum(m.value + 0) AS total, count(*) AS n, avg(m.value + 0) AS mean ORDER BY period"
        XCTAssertEqual(try harness.rows(columnar), try harness.rows(general))
        XCTAssertEqual(try harness.rows(columnar), ["'2023' | 2.0 | 1 | 2.0", "'2024' | 1.75 | 2 | 0.875"])
        XCTAssertEqual(try harness.rows("MATCH (m:M) WHERE m.metric = 'none' RETURN sum(m.value) AS s, count(m.value) AS c"), ["0 | 0"])
        XCTAssertEqual(try harness.rows("MATCH (m:M) WHERE m.metric = 'share' RETURN count(m.value) AS c, avg(m.value) AS a"), ["0 | null"])
    }

    func testACachedPlanSeesLaterWrites() throws {
        let harness = try EngineHarness(setup: setup)
        let query = "MATCH (m:M {period: '2025'}) RETURN count(m) AS n"
        XCTAssertEqual(try harness.rows(query), ["0"])
        _ = try harness.engine.run("CREATE (:M {period: '2025'})")
        XCTAssertEqual(try harness.rows(query), ["1"])
        XCTAssertEqual(try harness.rows(query), ["1"])
    }
}
