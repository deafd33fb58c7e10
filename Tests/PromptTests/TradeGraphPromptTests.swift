import Foundation
import XCTest

/// Drives the real `tradegraph` prompt on the bundled graph under a pseudo-terminal, as a user at a terminal
/// would: continuation lines, completion from the live graph, Chinese names, Ctrl-C, history and `:source`.
final class TradeGraphPromptTests: XCTestCase {
    private let home = DemoSession.makeHomeURL()

    override func setUpWithError() throws {
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private func start() throws -> PseudoTerminal { try TradeGraphSession.start(home: home) }

    func testAQuestionRunsAtEnterAndARefusalKeepsThePrompt() throws {
        let terminal = try start()
        terminal.type("?EU growth Q1 2025\r")
        terminal.expect("understood: European Union")
        terminal.expect("q125-l88-4")
        terminal.expect("openCypher:")
        terminal.expect("tradegraph> ")
        terminal.type(":ask MATCH (n) RETURN n\r")
        terminal.expect("looks like openCypher")
        terminal.expect("tradegraph> ")
        terminal.type("?2025年我国对东盟进出口是多少\r")
        terminal.expect("ASEAN · total trade · value · 2025")
        terminal.expect("tradegraph> ")
    }

    func testAStatementOverTwoLinesRunsAtTheSemicolon() throws {
        let terminal = try start()
        terminal.type("MATCH (g:PartnerGroup {name: 'ASEAN'})\r")
        terminal.expect("...> ")
        terminal.type("RETURN g.name_zh AS zh;\r")
        terminal.expect("东盟")
        terminal.expect("1 row")
        terminal.expect("tradegraph> ")
    }

    func testTabCompletesLabelsCommandsAndChineseNames() throws {
        let terminal = try start()
        terminal.type("MATCH (g:PartnerGr\t")
        terminal.type(") RETURN count(g) AS groups;\r")
        terminal.expect("groups")
        terminal.expect("17")
        terminal.expect("tradegraph> ")
        terminal.type(":descr\t东盟\r")
        terminal.expect("ASEAN")
        terminal.expect("东盟")
        terminal.expect("tradegraph> ")
    }

    func testCtrlCCancelsARunningQueryAndTheLineBeingTyped() throws {
        let terminal = try start()
        terminal.type("MATCH (a), (b), (c), (d) RETURN count(*);\r")
        terminal.settle(milliseconds: 300)
        terminal.type("\u{03}")
        terminal.expect("query cancelled", timeout: 5)
        terminal.expect("tradegraph> ")
        terminal.type("RETURN 'half typed")
        terminal.type("\u{03}")
        terminal.type("RETURN 40 + 2 AS answer;\r")
        terminal.expect("42")
    }

    func testHistoryKeepsAMultiLineStatementAsOneEntryAndCtrlDLeaves() throws {
        let terminal = try start()
        terminal.type("RETURN 1\r")
        terminal.type("  AS one;\r")
        terminal.expect("1 row")
        terminal.type("\u{04}")
        XCTAssertEqual(terminal.waitForExit(), 0)
        let again = try start()
        again.type("\u{1B}[A")  // Up arrow recalls the whole statement.
        again.type("\r")
        again.expect("one")
        again.expect("1 row")
    }

    func testSourceRunsAScriptAndNamesItsErrors() throws {
        let script = home.appendingPathComponent("tour.cypher")
        try "MATCH (p:Product {id: 'new-trio'}) RETURN p.name AS trio;\nRETURN 1 +;\n".write(to: script, atomically: true, encoding: .utf8)
        let terminal = try start()
        terminal.type(":source \(script.path)\r")
        terminal.expect("New trio")
        terminal.expect("tour.cypher:2:")
        terminal.expect("tradegraph> ")
    }
}
