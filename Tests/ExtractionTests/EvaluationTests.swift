import Extraction
import Foundation
import GraphLoader
import XCTest

/// Drafts the five seed documents and compares the drafts with the hand-built graph: recall (the graph's
/// figures found with the same value, unit, period, flow and dimensions) and precision (drafted rows that
/// match a figure of the graph), printed per document and held to the floors the README records. Each
/// draft must also load beside the bundled graph.
final class EvaluationTests: XCTestCase {
    func testSeedDocumentsAgainstTheGraph() throws {
        let graph = try GraphLoader.load(folders: [SeedDocument.graph])
        let scratch = try Score.scratch("extract-eval")
        defer { try? FileManager.default.removeItem(at: scratch) }
        print(Score.header)
        for document in SeedDocument.all {
            let request = ExtractionRequest(path: try document.text(in: scratch), sourceID: document.draftSource, date: document.date,
                                            language: DocumentLanguage(rawValue: document.language))
            let both = try Score.draftBesideTheGraph(request, graph: graph, scratch: scratch)
            let score = Score(gold: Score.keys(in: both, sources: document.sources),
                              drafted: Score.keys(in: both, sources: [document.draftSource]))
            print(score.line(document.label))
            XCTAssertGreaterThanOrEqual(score.recall, document.recallFloor, "recall of \(document.label)")
            XCTAssertGreaterThanOrEqual(score.precision, document.precisionFloor, "precision of \(document.label)")
        }
    }
}
