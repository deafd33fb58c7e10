import Extraction
import Foundation
import GraphLoader
import GraphStore
import XCTest

/// Drafts the five seed documents and compares the drafts with the hand-built graph: recall (the graph's
/// figures found with the same value, unit, period, flow and dimensions) and precision (drafted rows that
/// match a figure of the graph), printed per document and held to the floors the README records. Each
/// draft must also load beside the bundled graph.
final class EvaluationTests: XCTestCase {
    func testSeedDocumentsAgainstTheGraph() throws {
        let graph = try GraphLoader.load(folders: [SeedDocument.graph])
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("extract-eval-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        print("document                             graph drafted recall precision")
        for document in SeedDocument.all {
            let out = scratch.appendingPathComponent(document.draftSource).path
            let request = ExtractionRequest(path: try document.text(in: scratch), sourceID: document.draftSource, date: document.date,
                                            language: DocumentLanguage(rawValue: document.language))
            _ = try DraftRun.run(request, store: graph, out: out, force: false)
            let both = try GraphLoader.load(folders: [SeedDocument.graph, out])
            let score = Score(store: both, gold: document.sources, drafted: document.draftSource)
            print(String(format: "%@ %5d %7d %5.1f%% %8.1f%%", document.label.padding(toLength: 36, withPad: " ", startingAt: 0),
                         score.gold, score.drafted, score.recall, score.precision))
            XCTAssertGreaterThanOrEqual(score.recall, document.recallFloor, "recall of \(document.label)")
            XCTAssertGreaterThanOrEqual(score.precision, document.precisionFloor, "precision of \(document.label)")
        }
    }
}

/// Recall and precision of one draft against the graph's figures of its document.
struct Score {
    let gold: Int
    let drafted: Int
    let recall: Double
    let precision: Double

    init(store: GraphStore, gold sources: Set<String>, drafted source: String) {
        var goldKeys: [FigureKey] = []
        var draftKeys: [FigureKey] = []
        for node in store.nodes(labeled: "Measurement") {
            let link = store.relationships(of: node, direction: .outgoing, types: ["SOURCE"]).first
            let id = link.flatMap { store.property("id", of: store.target(of: $0)).stringValue } ?? ""
            if sources.contains(id) { goldKeys.append(FigureKey(node, in: store)) }
            if id == source { draftKeys.append(FigureKey(node, in: store)) }
        }
        let goldSet = Set(goldKeys), draftSet = Set(draftKeys)
        gold = goldKeys.count
        drafted = draftKeys.count
        recall = 100 * Double(goldKeys.filter(draftSet.contains).count) / Double(max(1, goldKeys.count))
        precision = 100 * Double(draftKeys.filter(goldSet.contains).count) / Double(max(1, draftKeys.count))
    }
}
