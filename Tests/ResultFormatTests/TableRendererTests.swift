import GraphModel
import ResultFormat
import XCTest

final class TableRendererTests: XCTestCase {
    func testChineseCountsTwoColumnsAndNumbersAlignRight() throws {
        let fixture = try TradeFixture()
        let rows: [[Value]] = [
            [.string("ASEAN"), .string("东盟"), .float(7.5)],
            [.string("Vietnam"), .string("越南"), .int(12)],
            [.string("China"), .string("中华人民共和国"), .null],
        ]
        XCTAssertEqual(fixture.render(.table, ["name", "name_zh", "value"], rows), """
            +---------+----------------+-------+
            | name    | name_zh        | value |
            +---------+----------------+-------+
            | ASEAN   | 东盟           |   7.5 |
            | Vietnam | 越南           |    12 |
            | China   | 中华人民共和国 |  null |
            +---------+----------------+-------+

            """)
    }

    func testCombiningMarksTakeNoColumn() throws {
        let fixture = try TradeFixture()
        XCTAssertEqual(fixture.render(.table, ["city"], [[.string("Cafe\u{301}")], [.string("Hanoi")]]), """
            +-------+
            | city  |
            +-------+
            | Cafe\u{301}  |
            | Hanoi |
            +-------+

            """)
    }

    func testGraphElementsShowAsCypherShellDoes() throws {
        let fixture = try TradeFixture()
        let text = TradeFixture.vietnamText
        let border = "+-" + String(repeating: "-", count: text.count) + "-+---+\n"
        let expected = border + "| n" + String(repeating: " ", count: text.count - 1) + " | r |\n" + border
            + "| " + text + " | 1 |\n" + border
        XCTAssertEqual(fixture.render(.table, ["n", "r"], [[.node(fixture.vietnam), .int(1)]]), expected)
    }

    func testLongCellsWrapAtSpacesAndNothingIsCut() throws {
        let fixture = try TradeFixture()
        let word = "abcd"
        let long = Array(repeating: word, count: 14).joined(separator: " ")
        let first = Array(repeating: word, count: 12).joined(separator: " ")
        let border = "+----+-" + String(repeating: "-", count: 59) + "-+\n"
        let expected = border + "| id | note" + String(repeating: " ", count: 55) + " |\n" + border
            + "|  1 | " + first + " |\n"
            + "|    | abcd abcd" + String(repeating: " ", count: 50) + " |\n" + border
        XCTAssertEqual(fixture.render(.table, ["id", "note"], [[.int(1), .string(long)]]), expected)
    }

    func testLongChineseCellsBreakBetweenCharacters() throws {
        let fixture = try TradeFixture()
        let border = "+-" + String(repeating: "-", count: 60) + "-+\n"
        let expected = border + "| note" + String(repeating: " ", count: 56) + " |\n" + border
            + "| " + String(repeating: "中", count: 30) + " |\n"
            + "| " + String(repeating: "中", count: 5) + String(repeating: " ", count: 50) + " |\n" + border
        XCTAssertEqual(fixture.render(.table, ["note"], [[.string(String(repeating: "中", count: 35))]]), expected)
    }

    func testLineBreaksInDataStartNewLinesInTheCell() throws {
        let fixture = try TradeFixture()
        XCTAssertEqual(fixture.render(.table, ["a", "b"], [[.string("one\r\ntwo"), .string("x")]]), """
            +-----+---+
            | a   | b |
            +-----+---+
            | one | x |
            | two |   |
            +-----+---+

            """)
    }

    func testEmptyResults() throws {
        let fixture = try TradeFixture()
        XCTAssertEqual(fixture.render(.table, ["name", "value"], []), """
            +------+-------+
            | name | value |
            +------+-------+

            """)
        XCTAssertEqual(fixture.render(.table, [], []), "")
    }
}
