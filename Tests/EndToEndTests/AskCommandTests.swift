import Foundation
import XCTest

/// `tradegraph ask`, `:ask` and `?` as scripts and users meet them: the contract's JSON document, exit
/// statuses, and refusals that say why.
final class AskCommandTests: BinaryTestCase {
    func testJSONAnswerCarriesTheContractsColumnsInterpretationAndStatement() throws {
        let outcome = try run(["ask", "--format", "json", "--limit", "2", "2025年我国对东盟进出口是多少？"])
        XCTAssertEqual(outcome.status, 0, outcome.error)
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        let columns = try XCTUnwrap(document["columns"] as? [String])
        for column in ["id", "statement", "metric", "flow", "period", "value", "unit", "approx", "entities", "source",
                       "line", "evidence", "score"] {
            XCTAssertTrue(columns.contains(column), "missing column \(column)")
        }
        let rows = try XCTUnwrap(document["rows"] as? [[Any]])
        XCTAssertEqual(rows.count, 2)
        let first = Dictionary(uniqueKeysWithValues: zip(columns, rows[0]))
        XCTAssertEqual(first["metric"] as? String, "value")
        XCTAssertEqual(first["period"] as? String, "2025")
        XCTAssertEqual(first["entities"] as? [String], ["ASEAN"])
        XCTAssertEqual(document["interpretation"] as? String, "ASEAN · total trade · value · 2025")
        XCTAssertTrue((document["cypher"] as? String)?.contains("MATCH (m:Measurement)-[:PARTNER]->(:PartnerGroup {name: 'ASEAN'})") == true)
    }

    func testTheStatementPrintedRunsAndReturnsTheSameFigures() throws {
        let answer = try run(["ask", "--format", "json", "EU growth Q1 2025"])
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(answer.output.utf8)) as? [String: Any])
        let cypher = try XCTUnwrap(document["cypher"] as? String)
        let rerun = try run(["--format", "json", "-c", cypher])
        XCTAssertEqual(rerun.status, 0, rerun.error)
        let again = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(rerun.output.utf8)) as? [String: Any])
        let ids = { (doc: [String: Any]) in Set(((doc["rows"] as? [[Any]]) ?? []).compactMap { $0.first as? String }) }
        XCTAssertEqual(ids(again), ids(document))
        XCTAssertFalse(ids(document).isEmpty)
    }

    func testUnusableQuestionsExitOneWithTheReasonAndBadCommandLinesTwo() throws {
        for (question, message) in [("", "the question is empty"), ("MATCH (n) RETURN n", "this looks like openCypher"),
                                    (String(repeating: "x", count: 100_000), "the question is 100000 characters long")] {
            let outcome = try run(["ask", question])
            XCTAssertEqual(outcome.status, 1, question.prefix(30) + ": " + outcome.error)
            XCTAssertTrue(outcome.error.contains(message), outcome.error)
        }
        XCTAssertEqual(try run(["ask", "--limit", "0", "exports"]).status, 2)
    }

    func testAQuestionWithNoFigureStillAnswersAndSaysWhatIsMissing() throws {
        let outcome = try run(["ask", "--format", "json", "EU growth 2025-Q3"])
        XCTAssertEqual(outcome.status, 0, outcome.error)
        XCTAssertTrue(outcome.output.contains("no figure for 2025-Q3 for European Union"), outcome.output)
    }

    func testQuestionMarkAndAskRunInScriptsAndPipedInput() throws {
        let outcome = try run(["--format", "tsv"], input: "?EU growth Q1 2025\n:ask --limit 1 一季度民营企业进出口增长多少\nRETURN 1 AS one;\n")
        XCTAssertEqual(outcome.status, 0, outcome.error)
        XCTAssertTrue(outcome.output.contains("q125-l88-4"), outcome.output)
        XCTAssertTrue(outcome.error.contains("understood: Private enterprises · total trade · growth y/y · 2025-Q1"), outcome.error)
        XCTAssertTrue(outcome.output.hasSuffix("one\n1\n"), outcome.output)
    }

    func testATerminalCardShowsStatementSourceAndEvidence() throws {
        let outcome = try run(["--format", "table", "-c", ":ask --limit 1 EU growth Q1 2025"])
        XCTAssertEqual(outcome.status, 0, outcome.error)
        XCTAssertTrue(outcome.output.hasPrefix("understood: European Union · any flow · growth y/y · 2025-Q1\n"), outcome.output)
        XCTAssertTrue(outcome.output.contains("1. China's trade with European Union grew 1.4% year on year in 2025-Q1"), outcome.output)
        XCTAssertTrue(outcome.output.contains("q1-2025:88 · Wang Lingjun · [q125-l88-4]"), outcome.output)
        XCTAssertTrue(outcome.output.contains("openCypher:"), outcome.output)
    }
}
