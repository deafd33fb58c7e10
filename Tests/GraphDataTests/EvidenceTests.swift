import GraphLoader
import Foundation
import XCTest

/// Provenance: a figure can be trusted only as far as its quoted evidence can be found in the document.
final class EvidenceTests: XCTestCase {
    /// Every `evidence` occurs verbatim on its `line` of its document and contains the row's value as the
    /// documents write numbers (any of their scales, thousands separators removed), except that rows noting
    /// "figure written in words" need not contain digits, and an N-fold increase states N×100 percent. Skipped when `../shared/seeds` is absent: the
    /// documents are not part of the repository.
    func testEveryEvidenceIsVerbatimOnItsLineAndStatesTheFigure() throws {
        guard FileManager.default.fileExists(atPath: BundledGraph.seeds.path) else {
            throw XCTSkip("source documents not found at \(BundledGraph.seeds.path); evidence not checked")
        }
        let figures = try BundledGraph.figures()
        XCTAssertFalse(figures.isEmpty, "the bundled graph has no measurements")
        let check = EvidenceCheck(figures: figures, seeds: BundledGraph.seeds)
        record(check.problems(figures, cues: try CurationCues.bundled()))
    }
}
