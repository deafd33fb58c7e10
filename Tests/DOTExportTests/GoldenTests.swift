import DOTExport
import XCTest

/// The exported DOT text of known subgraphs of the bundled graph, byte for byte, and Graphviz's verdict on it.
final class GoldenTests: XCTestCase {
    func testAroundTheEU() throws { try check("around-eu") }

    func testNewTrioHierarchy() throws { try check("new-trio-hierarchy") }

    func testNewTrioWithFoldedMeasurements() throws { try check("new-trio-folded") }

    func testNewTrioClusteredByLabel() throws { try check("new-trio-clusters") }

    func testExportIsDeterministic() throws {
        for golden in GoldenCase.all {
            XCTAssertEqual(try golden.make(), try golden.make(), golden.name)
        }
    }

    func testGraphvizAcceptsEveryGoldenWithoutWarnings() throws {
        for golden in GoldenCase.all {
            _ = try Graphviz.svg(of: try golden.make(), name: golden.name)
        }
    }

    private func check(_ name: String) throws {
        let golden = try XCTUnwrap(GoldenCase.all.first { $0.name == name })
        try golden.check(try golden.make())
    }
}
