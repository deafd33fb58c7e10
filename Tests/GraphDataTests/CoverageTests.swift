import Foundation
import XCTest

/// The graph promises every figure of its documents: a number written in digits has a row or a listed reason.
final class CoverageTests: XCTestCase {
    func testEveryNumberInTheDocumentsHasARowOrAListedReason() throws {
        guard FileManager.default.fileExists(atPath: BundledGraph.seeds.path) else {
            throw XCTSkip("source documents not found at \(BundledGraph.seeds.path); coverage not checked")
        }
        let check = try CoverageCheck(leftOut: String(contentsOf: BundledGraph.folder.appendingPathComponent("left-out.tsv"), encoding: .utf8))
        let names = try FileManager.default.contentsOfDirectory(atPath: BundledGraph.seeds.path).filter { $0.hasSuffix(".txt") }
        var documents: [String: [String]] = [:]
        for name in names {
            documents[name] = try String(contentsOf: BundledGraph.seeds.appendingPathComponent(name), encoding: .utf8).components(separatedBy: "\n")
        }
        let result = check.gaps(documents: documents, figures: try BundledGraph.figures())
        XCTAssertGreaterThan(result.checked, 0, "no number found in the documents")
        for gap in result.gaps {
            recordFailure(withDescription: gap.message, inFile: BundledGraph.seeds.appendingPathComponent(gap.document).path,
                          atLine: gap.line, expected: true)
        }
    }
}
