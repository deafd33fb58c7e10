import DOTExport
import Foundation
import XCTest

/// One golden DOT file of the bundled graph and how to make it. Set `UPDATE_GOLDEN=1` to rewrite the files
/// after a deliberate change, then review the diff.
struct GoldenCase {
    /// The file name without `.dot`.
    let name: String
    /// Makes the DOT text.
    let make: () throws -> String

    /// Every golden file.
    static var all: [GoldenCase] {
        [
            GoldenCase(name: "around-eu") {
                let store = try Fixtures.bundledGraph()
                let eu = try Fixtures.entity("eu", in: store)
                return try DOTWriter(store: store).text(for: .around(eu, depth: 1, in: store))
            },
            GoldenCase(name: "new-trio-hierarchy") {
                let store = try Fixtures.bundledGraph()
                let (nodes, relationships) = try Fixtures.newTrioHierarchy(in: store)
                return try DOTWriter(store: store).text(for: Subgraph(nodes: nodes, relationships: relationships, in: store))
            },
            GoldenCase(name: "new-trio-folded") {
                let store = try Fixtures.bundledGraph()
                let options = DOTOptions(foldMeasurements: true)
                return try DOTWriter(store: store, options: options).text(for: Fixtures.newTrioWithMeasurements(in: store))
            },
            GoldenCase(name: "new-trio-clusters") {
                let store = try Fixtures.bundledGraph()
                let options = DOTOptions(clusterByLabel: true)
                return try DOTWriter(store: store, options: options).text(for: Fixtures.newTrioWithMeasurements(in: store))
            },
        ]
    }

    /// Where the golden file lives: beside the tests, excluded from the test bundle's resources.
    var url: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden").appendingPathComponent(name + ".dot")
    }

    /// Compares the text with the golden file, or rewrites the file when `UPDATE_GOLDEN=1`.
    func check(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
            return XCTFail("missing golden file \(url.path); run the tests with UPDATE_GOLDEN=1", file: file, line: line)
        }
        XCTAssertEqual(text, golden, "\(name).dot differs from the golden file; if intended, rerun with UPDATE_GOLDEN=1",
                       file: file, line: line)
    }
}
