import Foundation
import XCTest

/// The built binary, run as users and scripts run it: `-c`, `-f`, piped standard input, exit statuses and
/// error locations, output formats and files.
final class CommandLineTests: BinaryTestCase {
    func testCommandOptionPrintsJSONOneDocumentPerStatement() throws {
        let outcome = try run(["--format", "json", "-c",
                               "MATCH (e:Economy) RETURN e.name AS name, 1.0 AS f; RETURN [1, 'a'] AS l"])
        XCTAssertEqual(outcome.status, 0, outcome.error)
        XCTAssertEqual(outcome.output, """
            {"columns": ["name", "f"], "rows": [["China", 1.0]]}
            {"columns": ["l"], "rows": [[[1, "a"]]]}

            """)
        XCTAssertEqual(outcome.error, "")
    }

    func testScriptErrorNamesFileLineAndColumnAndStopsTheScript() throws {
        try folder.write("script.cypher", "RETURN 1 AS one;\n// a comment\nMATCH (n) RETURN n.name +;\nRETURN 2 AS two;\n")
        let outcome = try run(["-f", "script.cypher"])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.output, "one\n1\n")
        XCTAssertTrue(outcome.error.hasPrefix("script.cypher:3:26: expected an expression"), outcome.error)
        XCTAssertFalse(outcome.error.contains("\u{1B}["), "no colour without a terminal")
    }

    func testContinueOnErrorRunsEverythingAndStillExitsOne() throws {
        try folder.write("a.cypher", "RETURN 1 AS one;\n:nosuch\n")
        try folder.write("b.cypher", "RETURN 2 AS two;\n")
        let outcome = try run(["--continue-on-error", "-f", "a.cypher", "-f", "b.cypher", "-c", "RETURN 3 AS three"])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.output, "one\n1\ntwo\n2\nthree\n3\n")
        XCTAssertEqual(outcome.error, "a.cypher:2:1: unknown command ':nosuch' (type :help for the list)\n")
    }

    func testPipedStandardInputIsAScriptWithoutPrompt() throws {
        let outcome = try run(["--format", "csv"], input: "MATCH (g:PartnerGroup {name: 'ASEAN'})\nRETURN g.name_zh AS zh;\n:format jsonl\nRETURN 'x' AS k;\n")
        XCTAssertEqual(outcome.status, 0, outcome.error)
        XCTAssertEqual(outcome.output, "zh\n东盟\n{\"k\": \"x\"}\n")
        XCTAssertEqual(outcome.error, "")
    }

    func testPipedErrorsAreNamedStandardInput() throws {
        let outcome = try run([], input: "RETURN 1;\nRETURN nosuch(1);\n")
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.error.hasPrefix("<stdin>:2:8: "), outcome.error)
    }

    func testOutputOptionWritesResultsToAFile() throws {
        let outcome = try run(["--output", "out.tsv", "-c", "RETURN 'a' AS x; RETURN 'b' AS y"])
        XCTAssertEqual(outcome.status, 0, outcome.error)
        XCTAssertEqual(outcome.output, "")
        XCTAssertEqual(try String(contentsOfFile: folder.path("out.tsv"), encoding: .utf8), "x\na\ny\nb\n")
    }

    func testBrokenGraphExitsTwoWithEveryProblem() throws {
        try folder.write("broken/entities.csv", "id,label,name\nx,Partnr,X\ny,Partner,Y\ny,Region,Z\n")
        let outcome = try run(["--graph", "broken", "-c", "RETURN 1"])
        XCTAssertEqual(outcome.status, 2)
        XCTAssertTrue(outcome.error.contains("broken/entities.csv:2:3: unknown label 'Partnr'; did you mean 'Partner'?"), outcome.error)
        XCTAssertTrue(outcome.error.contains("broken/entities.csv:4:1: duplicate id 'y'"), outcome.error)
        XCTAssertEqual(try run(["check", "--graph", "broken"]).status, 2)
    }

    func testBadCommandLinesExitTwo() throws {
        for arguments in [["--bogus"], ["--format", "xml", "-c", "RETURN 1"], ["-f", "missing.cypher"], ["-c"]] {
            let outcome = try run(arguments)
            XCTAssertEqual(outcome.status, 2, "\(arguments): \(outcome.error)")
            XCTAssertFalse(outcome.error.isEmpty, "\(arguments)")
        }
    }

    func testHelpVersionAndCheckSucceed() throws {
        let help = try run(["--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.output.contains("--continue-on-error"), help.output)
        XCTAssertEqual(try run(["--version"]).output, "0.1.0\n")
        let check = try run(["check"])
        XCTAssertEqual(check.status, 0, check.error)
        XCTAssertTrue(check.output.hasPrefix("Labels ("), check.output)
    }

    func testEmptyGraphAndWrites() throws {
        let outcome = try run(["--empty", "--format", "json", "-c", "CREATE (:Partner {id: 'x', name: 'X'}); MATCH (n) RETURN count(n) AS n"])
        XCTAssertEqual(outcome.status, 0, outcome.error)
        XCTAssertEqual(outcome.output, "{\"columns\": [], \"rows\": []}\n{\"columns\": [\"n\"], \"rows\": [[1]]}\n")
        XCTAssertEqual(outcome.error, "Added 1 nodes, Set 2 properties, Added 1 labels\n")
    }

    func testQuitEndsTheScriptWithStatusSoFar() throws {
        let outcome = try run(["-c", "RETURN 1 AS a;\n:quit\nRETURN nosuch;"])
        XCTAssertEqual(outcome.status, 0, outcome.error)
        XCTAssertEqual(outcome.output, "a\n1\n")
    }
}
