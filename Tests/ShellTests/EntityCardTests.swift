import GraphStore
@testable import Shell
import XCTest

final class EntityCardTests: XCTestCase {
    func testCardShowsNamesRelationshipsAndFiguresInPeriodOrder() throws {
        let captured = Captured()
        let session = captured.session(try Fixture.store())
        XCTAssertTrue(session.run(script: ":describe 东盟", file: nil))
        XCTAssertEqual(captured.output, """
            ASEAN  东盟
            PartnerGroup · id asean
            Also called: Association of Southeast Asian Nations
            Ten-member group

            Relationships
              ← MEMBER_OF  Vietnam

            Figures (4)
              value · total
                2025-Q1  about 1.71 trillion yuan  brief:5
                2025     7.55 trillion yuan        brief:12 · Wang Jun
              value · export
                2025-H1  200 billion yuan          Electronics · brief:20 · Wang Jun
              yoy_growth · total
                2025     +8.0%                     brief:12 · Wang Jun

            """)
        XCTAssertEqual(captured.error, "")
    }

    func testReporterCardListsItsOwnTotalsAndCountsTheRest() throws {
        let captured = Captured()
        XCTAssertTrue(captured.session(try Fixture.store()).run(script: ":describe PRC", file: nil))
        XCTAssertTrue(captured.output.contains("  ← REPORTER  4 figures\n"), captured.output)
        XCTAssertTrue(captured.output.contains("Figures (1)\n  value · total\n    2025  45.47 trillion yuan  brief:3 · Wang Jun\n"),
                      captured.output)
    }

    func testEveryLineFitsEightyColumns() throws {
        let captured = Captured()
        let session = captured.session(try Fixture.store())
        session.run(script: "CREATE (:Policy {id: 'long', name: '\(String(repeating: "很长的政策名称", count: 8))', "
                    + "description: '\(String(repeating: "a long description ", count: 12))'});", file: nil)
        XCTAssertTrue(session.run(script: ":describe long", file: nil))
        for line in captured.output.split(separator: "\n") {
            XCTAssertLessThanOrEqual(CardLayout.cells(String(line)), CardLayout.width, String(line))
        }
    }

    func testAmbiguousAndUnknownNamesListCandidates() throws {
        let captured = Captured()
        let session = captured.session(try Fixture.store())
        XCTAssertFalse(session.run(script: ":describe hainan free trade prot", file: "s.cypher"))
        XCTAssertEqual(captured.error, "s.cypher:1:1: no entity named 'hainan free trade prot'; did you mean 'Hainan Free Trade Port'?\n")
        captured.error = ""
        XCTAssertFalse(session.run(script: ":describe HAINAN", file: "s.cypher"))
        XCTAssertEqual(captured.error, """
            s.cypher:1:1: 'HAINAN' names 2 entities; give one of their ids
              Hainan (Region, id hainan)
              Hainan Free Trade Port (Policy, id hainan-ftp)

            """)
        XCTAssertTrue(session.run(script: ":describe hainan-ftp", file: nil))
        XCTAssertTrue(captured.output.hasPrefix("Hainan Free Trade Port  海南自由贸易港\n"))
    }

    func testColourOnlyAtATerminalThatAllowsIt() throws {
        let store = try Fixture.store()
        for (terminal, colour, escapes) in [(true, true, true), (true, false, false), (false, true, false)] {
            let captured = Captured()
            captured.session(store, terminal: terminal, colour: colour).run(script: ":describe ASEAN", file: nil)
            XCTAssertEqual(captured.output.contains("\u{1B}["), escapes, "terminal \(terminal), colour \(colour)")
        }
    }
}
