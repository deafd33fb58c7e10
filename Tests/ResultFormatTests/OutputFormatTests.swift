import ResultFormat
import XCTest

final class OutputFormatTests: XCTestCase {
    func testParsesEveryWordIgnoringCase() throws {
        let cases: [(String, OutputFormat)] = [
            ("table", .table), ("csv", .csv), ("tsv", .tsv), ("json", .json), ("jsonl", .jsonl),
            ("markdown", .markdown), ("JSON", .json), ("Markdown", .markdown),
        ]
        for (word, format) in cases {
            XCTAssertEqual(try OutputFormat(parsing: word), format, word)
        }
    }

    func testUnknownWordListsTheValidOnes() {
        XCTAssertThrowsError(try OutputFormat(parsing: "xml")) { error in
            XCTAssertEqual(String(describing: error),
                           "unknown format 'xml'; expected one of table, csv, tsv, json, jsonl, markdown, vertical")
        }
    }
}
