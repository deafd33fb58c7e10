import Foundation
import XCTest

/// The first minutes at the `tradegraph` prompt, under a pseudo-terminal, as a newcomer meets them: words
/// typed at other prompts, a forgotten `;`, Neo4j procedures, completion of functions and names, warnings
/// instead of silent empty answers, and output that fits the terminal.
final class NewcomerPromptTests: XCTestCase {
    private let home = DemoSession.makeHomeURL()

    override func setUpWithError() throws {
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private func start(columns: UInt16 = 100) throws -> PseudoTerminal { try TradeGraphSession.start(home: home, columns: columns) }

    func testWordsFromOtherPromptsGetAHintAtOnce() throws {
        let terminal = try start()
        for (word, hint) in [("help", "type :help for help"), ("quit", "type :quit (or press Ctrl-D)"), ("exit", "type :quit"),
                             ("clear", "Ctrl-L"), ("?", "type :help for help")] {
            terminal.type(word + "\r")
            terminal.expect(hint)
            terminal.expect("tradegraph> ")
        }
        terminal.type("RETURN 1 AS one;\r")
        terminal.expect("1 row")
    }

    func testEnterTwiceOnAnUnfinishedStatementRemindsOfTheSemicolon() throws {
        let terminal = try start()
        terminal.type("MATCH (g:PartnerGroup {name: 'ASEAN'}) RETURN g.name_zh AS zh\r")
        terminal.expect("...> ")
        terminal.type("\r")
        terminal.expect("statements end with ';'")
        terminal.type(";\r")
        terminal.expect("东盟")
        terminal.expect("1 row")
    }

    func testNeo4jProceduresPointToSchemaAndCommandErrorsCarryNoPlace() throws {
        let terminal = try start()
        terminal.type("CALL db.labels();\r")
        terminal.expect("there are none here: :schema lists the labels")
        terminal.type(":describe Atlantis\r")
        terminal.expect("\r\nno entity named 'Atlantis'")
    }

    func testTabCompletesFunctionsOfANamespaceAndOnlyNamesInsideName() throws {
        let terminal = try start()
        terminal.type("MATCH (m:Measurement {id: 'fy25en-l44-2'}) RETURN fmt.fig\t(m) AS statement;\r")
        terminal.expect("China's trade grew 3.8% year on year in 2025")
        terminal.expect("tradegraph> ")
        // 'EU' is an alias: inside {name: '…'} Tab offers names, so "Europ" completes to a name that matches.
        terminal.type("MATCH (g:PartnerGroup {name: 'European U\t}) RETURN g.id AS id;\r")
        terminal.expect("| eu ")
        terminal.expect("1 row")
    }

    func testAWarningInsteadOfASilentEmptyAnswer() throws {
        let terminal = try start()
        terminal.type("MATCH (p {name: 'EU'}) RETURN p;\r")
        terminal.expect("warning: no node has name 'EU'; 'European Union' (PartnerGroup) has the alias 'EU'")
        terminal.expect("0 rows")
    }

    func testSearchFitsOneHundredColumns() throws {
        let terminal = try start(columns: 100)
        terminal.type(":search hainan\r")
        terminal.expect("rows")
        // The terminal ends lines with \r\n, one Character in Swift.
        let lines = terminal.transcript.components(separatedBy: "\r\n").filter { $0.hasPrefix("|") || $0.hasPrefix("+") }
        XCTAssertGreaterThan(lines.count, 10)
        for line in lines {
            let cells = line.unicodeScalars.reduce(0) { $0 + ((0x2E80...0xFFEF).contains($1.value) ? 2 : 1) }
            XCTAssertLessThanOrEqual(cells, 100, line)
        }
    }
}
