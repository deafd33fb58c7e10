import DOTExport
import Foundation
import XCTest

/// Rendering through Graphviz, and clear messages when it is missing or fails.
final class DOTRendererTests: XCTestCase {
    func testMissingGraphvizIsAClearError() throws {
        let folder = try TemporaryFolder()
        let dotFile = folder.path("graph.dot")
        try DOTFile.write("digraph { a }\n", to: dotFile)
        XCTAssertThrowsError(try DOTRenderer.render(dotFile: dotFile, format: .svg, searchPath: folder.url.path)) { error in
            XCTAssertEqual(error as? DOTExportError, .graphvizMissing(searched: folder.url.path))
            XCTAssertTrue("\(error)".contains("install Graphviz"))
        }
        XCTAssertEqual(try folder.contents(), ["graph.dot"])
    }

    func testRendersSVGAndPNGBesideTheDOTFile() throws {
        guard Graphviz.isInstalled else { throw XCTSkip("Graphviz 'dot' is not installed") }
        let folder = try TemporaryFolder()
        let dotFile = folder.path("graph.dot")
        try DOTFile.write("digraph { \"a\" -> \"b\" }\n", to: dotFile)
        let svg = try DOTRenderer.render(dotFile: dotFile, format: .svg)
        XCTAssertEqual(svg.path, folder.path("graph.svg"))
        XCTAssertEqual(svg.warnings, [])
        XCTAssertTrue(try String(contentsOfFile: svg.path, encoding: .utf8).contains("<svg"))
        let png = try DOTRenderer.render(dotFile: dotFile, format: .png)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: png.path)).prefix(4), Data([0x89, 0x50, 0x4E, 0x47]))
        XCTAssertEqual(try folder.contents(), ["graph.dot", "graph.png", "graph.svg"])
    }

    func testFailedRenderingKeepsThePreviousPicture() throws {
        guard Graphviz.isInstalled else { throw XCTSkip("Graphviz 'dot' is not installed") }
        let folder = try TemporaryFolder()
        let dotFile = folder.path("graph.dot")
        try DOTFile.write("digraph { a -> }\n", to: dotFile)
        try DOTFile.write("previous", to: folder.path("graph.svg"))
        XCTAssertThrowsError(try DOTRenderer.render(dotFile: dotFile, format: .svg)) { error in
            guard case .renderFailed(let file, let status, let message)? = error as? DOTExportError else { return XCTFail("\(error)") }
            XCTAssertEqual(file, dotFile)
            XCTAssertNotEqual(status, 0)
            XCTAssertTrue(message.contains("syntax error"), message)
        }
        XCTAssertEqual(try String(contentsOfFile: folder.path("graph.svg"), encoding: .utf8), "previous")
        XCTAssertEqual(try folder.contents(), ["graph.dot", "graph.svg"])
    }
}
