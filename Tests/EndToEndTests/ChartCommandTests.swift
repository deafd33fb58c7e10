import Foundation
import XCTest

/// `:chart` and `:export chart` from `-c`, as a user runs them without a terminal: `$COLUMNS` gives the
/// width, output stays plain, and refusals name the column and what to do.
final class ChartCommandTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    private static let shares = "MATCH (g:PartnerGroup)<-[:PARTNER]-(m:Measurement {metric: 'value', flow: 'total', period: '2025', unit: 'CNY'}) "
        + "WHERE NOT (m)-[:PRODUCT|REGION|ENTERPRISE|POLICY|CHANNEL]->() "
        + "RETURN g.name_zh + ' ' + g.name AS partner, max(m.value) AS value, 'CNY' AS unit ORDER BY value DESC LIMIT 4"

    private func run(_ command: String, columns: String) throws -> TradeGraphProcess.Outcome {
        try TradeGraphProcess.run(["-c", command], in: folder.path,
                                  environment: ["TRADEGRAPH_GRAPH": "", "NO_COLOR": "", "COLUMNS": columns])
    }

    func testChartFitsColumnsAndShowsHumanUnits() throws {
        for columns in ["50", "100"] {
            let outcome = try run(":chart " + Self.shares, columns: columns)
            XCTAssertEqual(outcome.status, 0, outcome.error)
            let lines = outcome.output.split(separator: "\n")
            XCTAssertEqual(lines.count, 4)
            XCTAssertTrue(lines[0].hasSuffix(" 23.6 trillion yuan"), String(lines[0]))
            XCTAssertFalse(outcome.output.contains("\u{1B}["), "no colour without a terminal")
            let widest = lines.map { $0.unicodeScalars.reduce(0) { $0 + ((0x2E80...0x9FFF).contains($1.value) ? 2 : 1) } }.max() ?? 0
            XCTAssertLessThanOrEqual(widest, Int(columns)!)
            XCTAssertGreaterThan(widest, Int(columns)! - 3, "the chart uses the width it is given")
        }
    }

    func testTextColumnsAndEmptyResultsAreRefusedClearly() throws {
        let text = try run(":chart MATCH (g:PartnerGroup {name: 'ASEAN'}) RETURN g.name AS n, g.name_zh AS zh", columns: "80")
        XCTAssertEqual(text.status, 1)
        XCTAssertTrue(text.error.contains("column 'zh' is not numeric: row 1 holds '东盟'"), text.error)
        let empty = try run(":chart line MATCH (g:PartnerGroup {name: 'nowhere'}) RETURN g.name, 1", columns: "80")
        XCTAssertEqual(empty.status, 1)
        XCTAssertTrue(empty.error.contains("nothing to chart: the query returned no rows"), empty.error)
    }

    func testExportChartWritesTheScriptAndSaysSo() throws {
        let outcome = try run(":export chart shares.gp --title 'Shares 份额' " + Self.shares, columns: "80")
        XCTAssertEqual(outcome.status, 0, outcome.error)
        XCTAssertTrue(outcome.error.contains("Wrote a bar chart of 4 rows and 1 series to shares.gp"), outcome.error)
        let script = try String(contentsOfFile: folder.path + "/shares.gp", encoding: .utf8)
        XCTAssertTrue(script.contains("set title 'Shares 份额'"))
    }
}
