import Foundation
import XCTest

/// NUL bytes, invalid UTF-8 and CRLF line endings, in scripts, piped statements and graph CSV files: each is
/// read or refused with a message that names the place, never a crash.
final class HostileBytesTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }

    private func bytes(_ parts: [UInt8]...) -> Data { Data(parts.joined()) }
    private func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

    func testNULBytesInPipedStatements() throws {
        let input = bytes(utf8("RETURN 'a"), [0], utf8("b' AS s;\nRETURN 1"), [0], utf8(" AS n;\n"))
        let outcome = try TradeGraphBinary.run(["--format", "json"], input: input, in: folder.path)
        XCTAssertFalse(outcome.crashed, outcome.error)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.output, "{\"columns\": [\"s\"], \"rows\": [[\"a\\u0000b\"]]}\n", "a NUL inside a string is kept")
        XCTAssertTrue(outcome.error.hasPrefix("<stdin>:2:9: "), outcome.error)
    }

    func testInvalidUTF8InPipedStatementsBecomesReplacementCharacters() throws {
        let input = bytes(utf8("RETURN '"), [0xFF, 0xC3], utf8("' AS s;\nRETURN "), [0xFE], utf8(" AS n;\n"))
        let outcome = try TradeGraphBinary.run(["--format", "csv"], input: input, in: folder.path)
        XCTAssertFalse(outcome.crashed, outcome.error)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.output, "s\n\u{FFFD}\u{FFFD}\n")
        XCTAssertTrue(outcome.error.hasPrefix("<stdin>:2:8: "), outcome.error)
    }

    func testScriptsWithNULOrInvalidUTF8AreRefusedByName() throws {
        try folder.write("nul.cypher", bytes(utf8("RETURN 1"), [0], utf8(";\n")))
        try folder.write("latin1.cypher", bytes(utf8("RETURN 'caf"), [0xE9], utf8("';\n")))
        let nul = try TradeGraphBinary.run(["-f", "nul.cypher"], in: folder.path)
        XCTAssertFalse(nul.crashed, nul.error)
        XCTAssertEqual(nul.status, 1)
        XCTAssertTrue(nul.error.hasPrefix("nul.cypher:1:9: "), nul.error)
        let latin1 = try TradeGraphBinary.run(["-f", "latin1.cypher"], in: folder.path)
        XCTAssertEqual(latin1.status, 2)
        XCTAssertEqual(latin1.error, "tradegraph: script 'latin1.cypher' is not UTF-8 text\n")
        let sourced = try TradeGraphBinary.run(["-c", ":source latin1.cypher"], in: folder.path)
        XCTAssertEqual(sourced.status, 1)
        XCTAssertTrue(sourced.error.contains("'latin1.cypher' is not UTF-8 text"), sourced.error)
    }

    func testCRLFScriptsRunAndCountLinesAsLF() throws {
        try folder.write("crlf.cypher", Data("RETURN 1 AS a;\r\n// note\r\nRETURN\r\n  2 AS b;\r\nRETURN nosuch;\r\n".utf8))
        let outcome = try TradeGraphBinary.run(["-f", "crlf.cypher"], in: folder.path)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.output, "a\n1\nb\n2\n")
        XCTAssertTrue(outcome.error.hasPrefix("crlf.cypher:5:8: "), outcome.error)
    }

    func testCSVWithInvalidUTF8IsAnErrorAtItsPlace() throws {
        try folder.write("latin1/entities.csv", bytes(utf8("id,label,name\nchina,Economy,Caf"), [0xE9], utf8("\n")))
        let outcome = try TradeGraphBinary.run(["check", "--graph", "latin1"], in: folder.path)
        XCTAssertFalse(outcome.crashed, outcome.error)
        XCTAssertEqual(outcome.status, 2, outcome.error)
        XCTAssertTrue(outcome.error.contains("latin1/entities.csv:2:"), outcome.error)
    }

    /// A NUL is a character like any other to the loader: kept, and escaped where results are printed.
    func testCSVWithNULLoadsItVerbatim() throws {
        try folder.write("nul/entities.csv", bytes(utf8("id,label,name\nchina,Economy,Chi"), [0], utf8("na\n")))
        let outcome = try TradeGraphBinary.run(["--graph", "nul", "--format", "json", "-c", "MATCH (n) RETURN n.name AS name"],
                                               in: folder.path)
        XCTAssertEqual(outcome.status, 0, outcome.error)
        XCTAssertEqual(outcome.output, "{\"columns\": [\"name\"], \"rows\": [[\"Chi\\u0000na\"]]}\n")
    }

    func testCRLFGraphLoadsLikeLF() throws {
        let text = "id,label,name,description\nchina,Economy,China,\"two, quoted\"\nasean,PartnerGroup,ASEAN,\n"
        try folder.write("lf/entities.csv", Data(text.utf8))
        try folder.write("crlf/entities.csv", Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        let query = "MATCH (n) RETURN n.id AS id, n.description AS d ORDER BY id"
        let lf = try TradeGraphBinary.run(["--graph", "lf", "--format", "json", "-c", query], in: folder.path)
        let crlf = try TradeGraphBinary.run(["--graph", "crlf", "--format", "json", "-c", query], in: folder.path)
        XCTAssertEqual(lf.status, 0, lf.error)
        XCTAssertEqual(crlf.status, 0, crlf.error)
        XCTAssertEqual(crlf.output, lf.output)
    }
}
