import Foundation
import XCTest

/// A comment, string or backquoted name left open at the end of the input is an error at its place, in
/// `-c` text, scripts and piped input alike: a statement the user wrote never vanishes silently.
final class UnterminatedInputTests: BinaryTestCase {
    /// Every run on an empty graph: these inputs need none.
    private func runEmpty(_ arguments: [String], input: String? = nil) throws -> TradeGraphProcess.Outcome {
        try run(["--empty"] + arguments, input: input)
    }

    func testOpenInputIsAnErrorAtItsPlace() throws {
        let cases: [(text: String, output: String, firstErrorLine: String)] = [
            ("/* open", "", "1:1: unterminated comment"),
            ("RETURN 1 AS one; /* open\nRETURN 2 AS two;", "one\n1\n", "1:18: unterminated comment"),
            ("RETURN 1 AS one;\nRETURN 'open", "one\n1\n", "2:8: unterminated string literal"),
            ("RETURN `open", "", "1:8: unterminated quoted name"),
        ]
        for item in cases {
            let command = try runEmpty(["-c", item.text])
            XCTAssertEqual(command.status, 1, item.text)
            XCTAssertEqual(command.output, item.output, item.text)
            XCTAssertEqual(command.error.split(separator: "\n").first.map(String.init), item.firstErrorLine, item.text)

            let piped = try runEmpty([], input: item.text + "\n")
            XCTAssertEqual(piped.status, 1, item.text)
            XCTAssertEqual(piped.output, item.output, item.text)
            XCTAssertEqual(piped.error.split(separator: "\n").first.map(String.init), "<stdin>:" + item.firstErrorLine, item.text)

            try folder.write("open.cypher", item.text)
            let script = try runEmpty(["-f", "open.cypher"])
            XCTAssertEqual(script.status, 1, item.text)
            XCTAssertEqual(script.error.split(separator: "\n").first.map(String.init), "open.cypher:" + item.firstErrorLine, item.text)
        }
    }

    func testTheCaretPointsAtTheOpening() throws {
        let outcome = try runEmpty(["-c", "RETURN 1 AS one; /* open"])
        XCTAssertEqual(outcome.error, "1:18: unterminated comment\n/* open\n^\n")
    }
}
