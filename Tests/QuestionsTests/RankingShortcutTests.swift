import Foundation
import QueryExecutor
@testable import Questions
import TradeText
import XCTest

/// The ranking takes a shortcut (`FigureRanker.bestAgreeing`: the figures with the metric and period asked,
/// when no other figure can reach them); it must give exactly the ranking of every candidate, for every
/// question of both sets, and be taken often enough to matter.
final class RankingShortcutTests: XCTestCase {
    func testTheShortcutGivesTheRankingOfEveryCandidate() throws {
        let store = try BundledGraph.store()
        let asker = try Asker(engine: QueryEngine(store: store))
        let graph = PreparedGraph(store: store, lexicon: try Lexicon.bundled())
        var taken = 0, rankings = 0
        for file in ["questions.tsv", "questions-heldout.tsv"] {
            for question in try QuestionCase.load(BundledGraph.root.appendingPathComponent("Tests/QuestionsTests/Fixtures/\(file)")) {
                guard let interpretation = try? asker.interpret(question.text) else { continue }
                let ranker = FigureRanker(catalog: graph.catalog, interpretation: interpretation, defaultYear: graph.reference.bareYear)
                for limit in [1, 3, 5] {
                    let full = ranker.bestOfAll(limit), ranked = ranker.best(limit)
                    XCTAssertEqual(ranked.figures.map(\.index), full.figures.map(\.index), "\(question.id) \(question.text) limit \(limit)")
                    XCTAssertEqual(ranked.figures.map(\.score), full.figures.map(\.score), "\(question.id) limit \(limit)")
                    XCTAssertEqual(ranked.wordsFound, full.wordsFound, "\(question.id) limit \(limit)")
                    rankings += 1
                    if ranker.bestAgreeing(limit) != nil { taken += 1 }
                }
            }
        }
        print("ranking shortcut taken for \(taken) of \(rankings) rankings")
        XCTAssertGreaterThan(taken, rankings / 4, "the shortcut is hardly ever taken")
    }
}
