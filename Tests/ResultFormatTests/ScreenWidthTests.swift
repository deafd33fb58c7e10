import GraphModel
import GraphStore
import QueryExecutor
import ResultFormat
import XCTest

/// Tables that fit the screen: the widest columns narrow and wrap, narrow ones keep their width, and rows
/// that cannot fit even so print vertically, as `:format vertical` prints them.
final class ScreenWidthTests: XCTestCase {
    private let note = "daily average of offshore duty-free shoppers; Chinese 相当于平均每天有2.4万人, read as about"

    private func render(_ format: OutputFormat, _ columns: [String], _ rows: [[Value]], width: Int?) -> String {
        ResultRenderer.render(QueryResult(columns: columns, rows: rows), format: format, store: GraphStore(), width: width)
    }

    private func widest(_ text: String) -> Int {
        text.split(separator: "\n").map { $0.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x3000 ? 2 : 1) } }.max() ?? 0
    }

    func testEveryLineFitsTheScreenAndNoTextIsLost() {
        for width in [40, 60, 100] {
            let table = render(.table, ["id", "value", "note"], [[.string("fy25en-l300-7"), .int(24000), .string(note)]], width: width)
            XCTAssert(table.hasPrefix("+"), table)
            XCTAssertLessThanOrEqual(widest(table), width, table)
            let words = table.split(whereSeparator: { "| \n+-".contains($0) }).joined()
            XCTAssertEqual(words, ("idvaluenotefy25en-l300-724000" + note).filter { !" -".contains($0) }, "width \(width)")
        }
    }

    func testANarrowColumnKeepsItsWidth() {
        let table = render(.table, ["id", "note"], [[.string("q1"), .string(note)]], width: 50)
        XCTAssert(table.contains("| q1 | "), table)
    }

    func testTooManyColumnsPrintVertically() {
        let columns = (1...8).map { "column\($0)" }
        let rows: [[Value]] = [columns.map { .string($0 + " value") }]
        let text = render(.table, columns, rows, width: 40)
        XCTAssertEqual(text, render(.vertical, columns, rows, width: 40))
        XCTAssert(text.hasPrefix("-[ row 1 ]"), text)
        XCTAssert(text.contains("column8: column8 value\n"), text)
    }

    func testVerticalFormat() {
        XCTAssertEqual(render(.vertical, ["name", "value"], [[.string("ASEAN"), .float(7.5)], [.string("EU"), .null]], width: nil), """
            -[ row 1 ]------------------------------
             name: ASEAN
            value: 7.5

            -[ row 2 ]------------------------------
             name: EU
            value: null

            """)
    }
}
