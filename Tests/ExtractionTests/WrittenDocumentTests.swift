@testable import Extraction
import Foundation
import GraphLoader
import GraphStore
import XCTest

/// Documents written for the test — a briefing in the style of the quarterly ones and a news article with a
/// dateline, each once in English and once in Chinese (`Fixtures/*-en.txt`, `*-zh.txt`) — drafted against
/// the bundled graph: every figure a reviewer records in `Fixtures/*-expected.tsv` must be drafted with its
/// metric, flow, period, value, unit and dimensions, and nothing else. The briefing names a product the graph
/// lacks ("integrated circuits", 集成电路) in a list, whose figure must keep its place without taking its
/// neighbour's name.
final class WrittenDocumentTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let columns = ["metric", "flow", "period", "value", "unit", "partner", "region", "product", "enterprise"]

    /// A document written for the test: its name (`NAME-en.txt`, `NAME-zh.txt`, `NAME-expected.tsv`), kind and date.
    static let documents = [("briefing", "briefing", "2025-10-14"), ("article", "article", "2025-12-09")]

    func testEnglishAndChineseDraftsRecordEveryFigureAndNoOther() throws {
        let store = try GraphLoader.load(folders: [SeedDocument.graph])
        for (name, kind, date) in Self.documents {
            try check(name, kind: kind, date: date, store: store)
        }
    }

    private func check(_ name: String, kind: String, date: String, store: GraphStore) throws {
        let expected = try Self.expectedRows(name)
        for language in ["en", "zh"] {
            let file = "\(name)-\(language).txt"
            let request = ExtractionRequest(path: Self.fixtures.appendingPathComponent(file).path,
                                            sourceID: "written-\(name)-\(language)", kind: kind, date: date)
            let rows = try DraftRun.draft(request, store: store).tables.first { $0.kind == "measurements" }?.rows ?? []
            let drafted = rows.map { row in Self.columns.map { row[$0] ?? "" }.joined(separator: "\t") }
            XCTAssertEqual(Set(drafted).subtracting(expected), [], "rows of \(file) that the reviewer did not record")
            XCTAssertEqual(Set(expected).subtracting(drafted), [], "figures of \(file) that the draft missed")
        }
    }

    static func expectedRows(_ name: String) throws -> [String] {
        let text = try String(contentsOf: fixtures.appendingPathComponent("\(name)-expected.tsv"), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
        return Array(lines.dropFirst())
    }
}
