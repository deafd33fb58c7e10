import GraphModel
import ResultFormat
import XCTest

final class DelimitedRendererTests: XCTestCase {
    func testCSVQuotesOnlyWhatRFC4180Requires() throws {
        let fixture = try TradeFixture()
        let rows: [[Value]] = [
            [.string("ASEAN"), .string("a, b")],
            [.string("Say \"hi\""), .string("line1\nline2")],
            [.null, .string("")],
            [.string("crlf"), .string("x\r\ny")],
            [.float(1), .list([.int(1), .string("a")])],
            [.string("东盟"), .node(fixture.vietnam)],
        ]
        XCTAssertEqual(fixture.render(.csv, ["name", "note, or \"remark\""], rows), #"""
            name,"note, or ""remark"""
            ASEAN,"a, b"
            "Say ""hi""","line1
            line2"
            ,""
            crlf,"x\#r\#ny"
            1.0,"[1, 'a']"
            东盟,"\#(TradeFixture.vietnamText)"

            """#)
    }

    func testTSVEscapesSeparatorsAndBackslashes() throws {
        let fixture = try TradeFixture()
        let rows: [[Value]] = [
            [.string("a\tb"), .string("c\\d"), .string("e\nf\r")],
            [.null, .string("东盟"), .float(3.8)],
        ]
        XCTAssertEqual(fixture.render(.tsv, ["x", "y", "z"], rows),
                       "x\ty\tz\n" + #"a\tb"# + "\t" + #"c\\d"# + "\t" + #"e\nf\r"# + "\n" + "\t东盟\t3.8\n")
    }

    func testMarkdownEscapesPipesAndAlignsNumbers() throws {
        let fixture = try TradeFixture()
        let rows: [[Value]] = [
            [.string("a|b"), .int(1)],
            [.string("x\ny"), .float(2.5)],
            [.null, .null],
        ]
        XCTAssertEqual(fixture.render(.markdown, ["name", "value"], rows), """
            | name | value |
            | --- | ---: |
            | a\\|b | 1 |
            | x<br>y | 2.5 |
            | null | null |

            """)
    }

    func testEmptyResults() throws {
        let fixture = try TradeFixture()
        let cases: [(OutputFormat, String)] = [
            (.csv, "name,value\n"), (.tsv, "name\tvalue\n"), (.markdown, "| name | value |\n| --- | --- |\n"),
        ]
        for (format, text) in cases {
            XCTAssertEqual(fixture.render(format, ["name", "value"], []), text, "\(format)")
            XCTAssertEqual(fixture.render(format, [], []), "", "\(format)")
        }
    }
}
