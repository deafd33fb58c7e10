import Foundation
import XCTest

/// `:describe` as a newcomer uses it on the bundled graph: cards that fit the screen, every figure's note,
/// periods in reading order, other reporters' figures apart, and a figure's own card by its id.
final class DescribeCardTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }

    private func describe(_ name: String, columns: Int = 80) throws -> String {
        let outcome = try TradeGraphProcess.run(["-c", ":describe \(name)"], in: folder.path,
                                                environment: ["TRADEGRAPH_GRAPH": "", "NO_COLOR": "1", "COLUMNS": String(columns)])
        XCTAssertEqual(outcome.status, 0, outcome.error)
        return outcome.output
    }

    private func cells(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { $0 + ((0x2E80...0xFFEF).contains($1.value) ? 2 : 1) }
    }

    func testTheCardUsesTheScreenWidth() throws {
        for columns in [60, 120] {
            let card = try describe("ASEAN", columns: columns)
            XCTAssertLessThanOrEqual(card.split(separator: "\n").map(cells).max() ?? 0, columns)
            XCTAssertGreaterThan(card.split(separator: "\n").map(cells).max() ?? 0, columns - 20, "uses the width")
        }
    }

    func testEveryNoteShowsUnderItsFigure() throws {
        let card = try describe("Hainan offshore duty-free shopping", columns: 200)
        XCTAssert(card.contains("about 24,000 people a day"), card)
        XCTAssert(card.contains("note: offshore duty-free shoppers, on average over the period"), card)
    }

    func testPeriodsInReadingOrder() throws {
        let card = try describe("China", columns: 120)
        let after = card.components(separatedBy: "  yoy_growth · total\n")[1].split(separator: "\n")
        let group = after.prefix { $0.hasPrefix("    ") }
        let periods = group.compactMap { $0.split(separator: " ").first.map(String.init) }.filter { $0.first?.isNumber ?? false }
        let wanted = ["2025-01", "2025-02", "2025-Q1", "2025-H1", "2025"].filter(periods.contains)
        XCTAssertEqual(periods.filter(wanted.contains).reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }, wanted)
        XCTAssertGreaterThanOrEqual(wanted.count, 4, periods.joined(separator: " "))
    }

    func testOtherReportersFiguresAreApart() throws {
        let card = try describe("China", columns: 120)
        let parts = card.components(separatedBy: "Figures reported by others, not China's customs")
        XCTAssertEqual(parts.count, 2, card)
        XCTAssertFalse(parts[0].contains("reported by"), "China's own section holds no other reporter's figure")
        XCTAssert(parts[1].contains("reported by United States"), parts[1])
    }

    func testAFiguresIDShowsTheFigureInFull() throws {
        let card = try describe("fy25en-l300-7", columns: 300)
        for part in ["Hainan, Hainan offshore duty-free shopping averaged about 24,000 people a day from 2025-12-18 to 2026-01-10",
                     "Measurement · id fy25en-l300-7", "amount      about 24,000 people a day  (value 24000 people/day)",
                     "period      2025-12-18/2026-01-10  (2025-12-18 to 2026-01-10)", "reporter    China",
                     "region      Hainan", "policy      Hainan offshore duty-free shopping", "evidence    \u{201C}",
                     "note        offshore duty-free shoppers, on average over the period", "source      SCIO briefing on China's import and export in 2025 (fy2025-en, line 300",
                     "speaker     ", "quote       :quote fy25en-l300-7"] {
            XCTAssert(card.contains(part), part + "\n" + card)
        }
    }
}
