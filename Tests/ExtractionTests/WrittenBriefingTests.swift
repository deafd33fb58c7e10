@testable import Extraction
import Foundation
import GraphLoader
import XCTest

/// A briefing written for the test in the style of the quarterly ones, once in English and once in Chinese
/// (`Fixtures/briefing-*.txt`), drafted against the bundled graph: every figure a reviewer records in
/// `Fixtures/briefing-expected.tsv` must be drafted with its metric, flow, period, value, unit and
/// dimensions, and nothing else. It names a product the graph lacks ("integrated circuits", 集成电路) in a
/// list, whose figure must keep its place without taking its neighbour's name.
final class WrittenBriefingTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let columns = ["metric", "flow", "period", "value", "unit", "partner", "region", "product", "enterprise"]

    func testEnglishAndChineseDraftsRecordEveryFigureAndNoOther() throws {
        let store = try GraphLoader.load(folders: [SeedDocument.graph])
        let expected = try Self.expectedRows()
        for (file, source) in [("briefing-en.txt", "written-en"), ("briefing-zh.txt", "written-zh")] {
            let request = ExtractionRequest(path: Self.fixtures.appendingPathComponent(file).path, sourceID: source,
                                            date: "2025-10-14")
            let rows = try DraftRun.draft(request, store: store).tables.first { $0.kind == "measurements" }?.rows ?? []
            let drafted = rows.map { row in Self.columns.map { row[$0] ?? "" }.joined(separator: "\t") }
            XCTAssertEqual(Set(drafted).subtracting(expected), [], "rows of \(file) that the reviewer did not record")
            XCTAssertEqual(Set(expected).subtracting(drafted), [], "figures of \(file) that the draft missed")
        }
    }

    static func expectedRows() throws -> [String] {
        let text = try String(contentsOf: fixtures.appendingPathComponent("briefing-expected.tsv"), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
        return Array(lines.dropFirst())
    }
}
