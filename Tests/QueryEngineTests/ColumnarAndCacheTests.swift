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

    /// Each columnar query beside the same query with `1 = 1` added to its filter, which keeps it off the columnar
    /// path: rows and their order must agree, for keys that are null, calls over unknown or text properties,
    /// filters on unknown keys and texts, and shapes the coded loop leaves to the general one.
    func testEveryColumnarShapeMatchesTheGeneralPath() throws {
        let harness = try EngineHarness(setup: setup + [
            "CREATE (:M {metric: 'value', flow: 'import', value: 3.0})",
            "CREATE (:M {metric: 'value', flow: 'total', period: '2023', value: 8.0, note: 'n'})",
        ])
        let shapes = [
            ("WHERE m.metric = 'value'", "m.period AS p, sum(m.value) AS s, count(*) AS n, avg(m.value) AS a, count(m.flow) AS f"),
            ("WHERE m.metric = 'value'", "m.flow AS f, count(m.note) AS notes, count(m.nothing) AS c, count(m.period) AS p"),
            ("WHERE m.metric = 'value'", "m.flow AS f, sum(m.nothing) AS s"),
            ("WHERE m.nokey = 'value'", "m.period AS p, count(*) AS n"),
            ("WHERE m.metric = 'never written'", "count(*) AS n, sum(m.value) AS s"),
            ("WHERE m.flow = 'total'", "count(*) AS n, sum(m.value) AS s, avg(m.value) AS a"),
            ("WHERE m.flow = 'total'", "m.period AS p, m.metric AS k, count(*) AS n"),
            ("WHERE m.metric = 'value'", "m.value AS v, count(*) AS n"),
            ("WHERE m.metric = 'value'", "m.note AS note, count(*) AS n"),
        ]
        for (filter, items) in shapes {
            let columnar = "MATCH (m:M) \(filter) RETURN \(items)"
            let general = "MATCH (m:M) \(filter) AND 1 = 1 RETURN \(items)"
            XCTAssertEqual(try harness.rows(columnar), try harness.rows(general), columnar)
        }
        XCTAssertEqual(try harness.rows("MATCH (m:M) WHERE m.metric = 'value' RETURN m.period AS p, count(*) AS n"),
                       ["'2024' | 3", "'2023' | 2", "null | 1"])
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
