import Foundation
import XCTest

/// Statements built to exhaust the stack, memory or patience, run through the binary as a user would paste
/// them: each ends in a result or a clear error, never a crash.
final class HostileStatementTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }

    private func runScript(_ text: String, _ arguments: [String] = []) throws -> TradeGraphBinary.Outcome {
        try folder.write("script.cypher", Data(text.utf8))
        return try TradeGraphBinary.run(arguments + ["-f", "script.cypher"], in: folder.path)
    }

    func testStatementNestedTwentyThousandDeepIsASyntaxError() throws {
        let depth = 20_000
        let outcome = try runScript("RETURN " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + ";")
        XCTAssertFalse(outcome.crashed, outcome.error)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.error.hasPrefix("script.cypher:1:"), outcome.error)
        XCTAssertTrue(outcome.error.contains("nested too deeply"), outcome.error)
    }

    func testMegabyteLiteralIsReturnedWhole() throws {
        let literal = String(repeating: "ab中d", count: 250_000)
        let outcome = try runScript("RETURN '\(literal)' AS s, size('\(literal)') AS n;", ["--format", "csv"])
        XCTAssertEqual(outcome.status, 0, outcome.error)
        XCTAssertEqual(outcome.output, "s,n\n\(literal),1000000\n")
    }

    func testHundredThousandElementList() throws {
        let list = "[" + (0..<100_000).map(String.init).joined(separator: ", ") + "]"
        let outcome = try runScript("""
            RETURN size(\(list)) AS n;
            UNWIND \(list) AS x RETURN count(*) AS rows, sum(x) AS total;
            """, ["--format", "csv"])
        XCTAssertEqual(outcome.status, 0, outcome.error)
        XCTAssertEqual(outcome.output, "n\n100000\nrows,total\n100000,4999950000\n")
    }
}
