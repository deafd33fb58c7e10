import QueryExecutor
import Questions
import XCTest

/// What a question is understood to ask, as the answer's first line shows it.
final class InterpretationTests: XCTestCase {
    private let cases: [(question: String, summary: String)] = [
        ("What was China's total trade in 2025?", "China (national total) · total trade · value · 2025"),
        ("EU growth Q1 2025", "European Union · any flow · growth y/y · 2025-Q1"),
        ("how much did exports of electric vehicles grow last year",
         "Electric vehicles · exports · growth y/y · 2025 ('last year' = 2025 (sources up to 2026-01-14))"),
        ("What share of trade did private enterprises account for in 2025?", "Private enterprises · total trade · share · 2025"),
        ("2025年我国对东盟进出口是多少？", "ASEAN · total trade · value · 2025"),
        ("一季度民营企业进出口增长多少",
         "Private enterprises · total trade · growth y/y · 2025-Q1 (no year given: 2025 (sources up to 2026-01-14))"),
        ("How much did the share of private enterprises rise in 2025?",
         "Private enterprises · any flow · change in percentage points · 2025"),
    ]

    func testQuestionsAreUnderstoodAsAReaderWould() throws {
        let asker = try Asker(engine: QueryEngine(store: BundledGraph.store()))
        for (question, summary) in cases {
            XCTAssertEqual(try asker.interpret(question).summary, summary, question)
        }
    }

    func testTheStatementShownReturnsExactlyTheFiguresShown() throws {
        let engine = QueryEngine(store: try BundledGraph.store())
        let asker = try Asker(engine: engine)
        for question in ["EU growth Q1 2025", "2025年我国对东盟进出口是多少？", "exports of integrated circuits", "Hainan duty-free sales"] {
            let answer = try asker.ask(question, limit: 3)
            let rerun = try engine.run(answer.cypher)
            XCTAssertEqual(Set(rerun.rows.compactMap { $0.first?.stringValue }),
                           Set(answer.figures.rows.compactMap { $0.first?.stringValue }), question)
            XCTAssertEqual(answer.figures.columns.prefix(2), ["id", "statement"])
        }
    }

    func testAQuestionWithoutAnAnswerSaysWhatIsMissing() throws {
        let answer = try Asker(engine: QueryEngine(store: BundledGraph.store())).ask("EU trade growth in 2025-Q3")
        XCTAssertTrue(answer.gaps.contains { $0.hasPrefix("no figure for 2025-Q3 for European Union") }, "\(answer.gaps)")
        XCTAssertFalse(answer.figures.rows.isEmpty, "the nearest figures are shown")
    }

    func testUnusableQuestionsAreRefusedWithTheReason() throws {
        let asker = try Asker(engine: QueryEngine(store: BundledGraph.store()))
        let refusals: [(String, String)] = [
            ("", "the question is empty"),
            ("   ", "the question is empty"),
            ("what is the", "the question has no word to look up"),
            (String(repeating: "exports ", count: 12_500), "the question is 99999 characters long"),
            ("exports\u{0}2025", "the question has a control character at column 8"),
            ("MATCH (n) RETURN n", "this looks like openCypher (MATCH ...)"),
            ("Quel était le volume du commerce?", "understood nothing of"),
        ]
        for (question, message) in refusals {
            XCTAssertThrowsError(try asker.ask(question)) { error in
                XCTAssertTrue("\(error)".hasPrefix(message), "'\(question.prefix(40))': \(error)")
            }
        }
    }
}
