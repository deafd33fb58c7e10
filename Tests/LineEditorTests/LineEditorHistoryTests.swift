import Foundation
import LineEditor
import XCTest

/// The editor's history switch and file handling, without a terminal (libedit starts fine on any input).
final class LineEditorHistoryTests: XCTestCase {
    /// A fresh folder per test (XCTest makes a new instance for each test method).
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leh-\(UUID().uuidString)")

    override func setUpWithError() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testDisabledHistoryIsKeptInMemoryButNeverWritten() throws {
        let path = folder.appendingPathComponent("history").path
        let editor = try XCTUnwrap(LineEditor(programName: "test", historyPath: path, historyLimit: 10))
        editor.historyEnabled = false
        editor.addToHistory("RETURN 1;")
        XCTAssertEqual(editor.historyEntries, ["RETURN 1;"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testEnabledHistoryIsSavedAndLoadedByTheNextEditor() throws {
        let path = folder.appendingPathComponent("history").path
        do {
            let editor = try XCTUnwrap(LineEditor(programName: "test", historyPath: path, historyLimit: 10))
            XCTAssertTrue(editor.historyEnabled)
            editor.addToHistory("MATCH (n)\nRETURN '中国';")
            XCTAssertNil(editor.historyError)
        }
        let next = try XCTUnwrap(LineEditor(programName: "test", historyPath: path, historyLimit: 10))
        XCTAssertEqual(next.historyEntries, ["MATCH (n)\nRETURN '中国';"])
    }

    func testNoPathMeansNoFile() throws {
        let editor = try XCTUnwrap(LineEditor(programName: "test", historyPath: nil))
        XCTAssertFalse(editor.historyEnabled)
        editor.addToHistory("RETURN 1;")
        XCTAssertEqual(editor.historyEntries, ["RETURN 1;"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }
}
