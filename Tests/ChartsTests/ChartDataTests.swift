import Charts
import GraphModel
import QueryExecutor
import XCTest

/// How a result becomes chart data: labels, series, units and qualifiers read from their columns, and a
/// message that names the column and row for anything that cannot be drawn.
final class ChartDataTests: XCTestCase {
    func testUnitAndQualifierColumnsAreReadNotDrawn() throws {
        let result = QueryResult(columns: ["partner", "value", "unit", "approx"], rows: [
            [.string("ASEAN"), .float(7.55e12), .string("CNY"), .null],
            [.string("欧盟"), .float(5.93e12), .string("CNY"), .string("over")],
        ])
        let data = try ChartData(result)
        XCTAssertEqual(data.labels, ["ASEAN", "欧盟"])
        XCTAssertEqual(data.series.map(\.name), ["value"])
        XCTAssertEqual([0, 1].map(data.series[0].text(at:)), ["7.55 trillion yuan", "over 5.93 trillion yuan"])
    }

    func testEveryRefusalSaysWhatAndWhere() {
        let cases: [(QueryResult, ChartError)] = [
            (QueryResult(columns: ["a"], rows: [[.int(1)]]), .tooFewColumns(count: 1)),
            (QueryResult(columns: ["a", "b"], rows: []), .empty),
            (QueryResult(columns: ["p", "v"], rows: [[.string("x"), .int(1)], [.string("y"), .string("5.93 trillion yuan")]]),
             .notNumeric(column: "v", row: 2, value: "'5.93 trillion yuan'")),
            (QueryResult(columns: ["p", "v", "unit"], rows: [[.string("x"), .int(1), .string("CNY")],
                                                            [.string("y"), .int(2), .string("USD")]]),
             .mixedUnits(column: "unit", first: "CNY", other: "USD", row: 2)),
            (QueryResult(columns: ["p", "unit", "n"], rows: [[.string("x"), .string("CNY"), .null]]),
             .noSeries(columns: ["unit", "n"])),
        ]
        for (result, expected) in cases {
            XCTAssertThrowsError(try ChartData(result)) { XCTAssertEqual($0 as? ChartError, expected) }
        }
        XCTAssertTrue(ChartError.notNumeric(column: "v", row: 2, value: "'x'").description.contains("m.unit AS unit"))
    }
}
