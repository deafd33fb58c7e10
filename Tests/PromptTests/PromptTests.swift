import Foundation
import Glibc
import XCTest

/// Drives the real libedit prompt (through `lineeditor-demo`) under a pseudo-terminal.
final class PromptTests: XCTestCase {
    /// A private home folder per test (XCTest makes a new instance for each test method).
    private let home = DemoSession.makeHomeURL()

    override func setUpWithError() throws {
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private var historyFile: URL { home.appendingPathComponent("history") }

    func testTwoLineStatementUsesTheContinuationPrompt() throws {
        let terminal = try DemoSession.start(home: home)
        terminal.type("MATCH (n)\r")
        terminal.expect("  ...> ")
        terminal.type("RETURN n;\r")
        terminal.expect("got: MATCH (n)\r\nRETURN n;")
        terminal.expect("demo> ")
    }

    func testTabCompletesAUniqueLabelAndListsSeveralKeywords() throws {
        let terminal = try DemoSession.start(home: home)
        terminal.type("MATCH (n:Pe\t")
        terminal.type(") RETURN n.year;\r")
        terminal.expect("got: MATCH (n:Person) RETURN n.year;")
        terminal.type("M\t")
        terminal.expect("MATCH")
        terminal.expect("MERGE")
        terminal.type("A\t;\r")
        terminal.expect("got: MATCH;")
    }

    func testChineseIsTypedAndDeletedAsOneCharacter() throws {
        let terminal = try DemoSession.start(home: home)
        terminal.type("中国")
        terminal.type("\u{7F}")  // Backspace
        terminal.type(";\r")
        terminal.expect("got: 中;")
        // Moving left over a Chinese character and inserting before it.
        terminal.type("国;\u{02}\u{02}中\r")  // Ctrl-B twice, then insert
        terminal.expect("got: 中国;")
    }

    func testChineseEntityNameCompletesInsideQuotes() throws {
        let terminal = try DemoSession.start(home: home)
        terminal.type("MATCH (c {name: '中国银\t) RETURN c;\r")
        terminal.expect("got: MATCH (c {name: '中国银行') RETURN c;")
        terminal.type("RETURN \"Ch\t")
        terminal.expect("China")
        terminal.expect("Chile")
        terminal.type("na\";\r")
        terminal.expect("got: RETURN \"China\";")
    }

    func testFileNameCompletesAfterSource() throws {
        try "RETURN 1;\n".write(to: home.appendingPathComponent("setup-script.cypher"), atomically: true, encoding: .utf8)
        let terminal = try DemoSession.start(home: home)
        terminal.type(":source \(home.path)/setup-sc\t\r")
        terminal.expect("got: :source \(home.path)/setup-script.cypher")
    }

    func testControlCDiscardsTheLineAndTheStatementSoFar() throws {
        let terminal = try DemoSession.start(home: home)
        terminal.type("MATCH (n)\r")
        terminal.expect("  ...> ")
        terminal.type("RETURN abandoned")
        terminal.type("\u{03}")
        terminal.expect("^C")
        terminal.expect("demo> ")
        terminal.type("RETURN 2;\r")
        terminal.expect("got: RETURN 2;")
        XCTAssertFalse(terminal.transcript.contains("got: MATCH"))
        XCTAssertFalse(try String(contentsOf: historyFile, encoding: .utf8).contains("abandoned"))
    }

    func testControlCCancelsTheRunningQuery() throws {
        let terminal = try DemoSession.start(home: home)
        terminal.type(":sleep;\r")
        terminal.expect("got: :sleep;")
        terminal.settle()
        terminal.type("\u{03}")
        terminal.expect("query cancelled", timeout: 3)
        terminal.expect("demo> ")
    }

    func testControlDOnAnEmptyLineExitsWithStatusZero() throws {
        let terminal = try DemoSession.start(home: home)
        terminal.type("abc\u{15}")  // Ctrl-U empties the line first
        terminal.type("\u{04}")
        XCTAssertEqual(terminal.waitForExit(), 0)
    }

    func testMultiLineStatementIsOneHistoryEntryRecalledByUpArrow() throws {
        do {
            let terminal = try DemoSession.start(home: home)
            terminal.type("MATCH (n:Person)\r")
            terminal.expect("  ...> ")
            terminal.type("RETURN n.name;\r")
            terminal.expect("got: MATCH (n:Person)\r\nRETURN n.name;")
            terminal.type(":schema\r")
            terminal.expect("got: :schema")
            terminal.type("\u{04}")
            XCTAssertEqual(terminal.waitForExit(), 0)
        }
        let text = try String(contentsOf: historyFile, encoding: .utf8)
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines.first, "_HiStOrY_V2_")
        XCTAssertEqual(lines.count, 3, text)
        XCTAssertTrue(lines.contains { $0.contains("MATCH") && $0.contains("RETURN") }, text)
        let attributes = try FileManager.default.attributesOfItem(atPath: historyFile.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)

        let terminal = try DemoSession.start(home: home)
        terminal.type("\u{1B}[A\u{1B}[A")  // Up arrow twice: past :schema to the statement
        terminal.type("\r")
        terminal.expect("got: MATCH (n:Person)\r\nRETURN n.name;")
    }

    func testControlRSearchesHistoryBackwards() throws {
        let terminal = try DemoSession.start(home: home)
        terminal.type("RETURN '中国银行';\r")
        terminal.expect("got: RETURN '中国银行';")
        terminal.type("RETURN 2;\r")
        terminal.expect("got: RETURN 2;")
        terminal.type("\u{12}银")  // Ctrl-R, then a search string
        terminal.settle()
        terminal.type("\r")
        terminal.expect("got: RETURN '中国银行';")
    }

    func testResizeKeepsTheLineEditable() throws {
        let terminal = try DemoSession.start(home: home, columns: 100)
        terminal.type("RETURN 12")
        terminal.resize(columns: 40, rows: 20)
        terminal.settle()
        terminal.type("34;\r")
        terminal.expect("got: RETURN 1234;")
    }
}
