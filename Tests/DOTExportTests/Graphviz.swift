import DOTExport
import Foundation
import XCTest

/// Runs the real `dot` on DOT text, so the tests prove Graphviz accepts every file they produce.
enum Graphviz {
    /// Whether `dot` is installed.
    static var isInstalled: Bool {
        let folders = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":") ?? []
        return folders.contains { FileManager.default.isExecutableFile(atPath: "\($0)/dot") }
    }

    /// Passes the text through `svg(of:name:)` when Graphviz is installed, so that tests about the text
    /// itself also prove it valid without being skipped where Graphviz is missing.
    static func checked(_ text: String, name: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        if isInstalled { _ = try svg(of: text, name: name, file: file, line: line) }
        return text
    }

    /// The SVG `dot -Tsvg` makes of the text, failing the test on any warning; skips without Graphviz.
    static func svg(of text: String, name: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        guard isInstalled else { throw XCTSkip("Graphviz 'dot' is not installed; DOT files were not checked") }
        let folder = try TemporaryFolder()
        let dotFile = folder.path("\(name).dot")
        try DOTFile.write(text, to: dotFile)
        let output = try DOTRenderer.render(dotFile: dotFile, format: .svg)
        XCTAssertEqual(output.warnings, [], "dot warned about \(name)", file: file, line: line)
        return try String(contentsOfFile: output.path, encoding: .utf8)
    }
}
