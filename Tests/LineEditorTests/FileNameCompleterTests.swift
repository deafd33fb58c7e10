@testable import LineEditor
import Foundation
import XCTest

final class FileNameCompleterTests: XCTestCase {
    /// A fresh folder per test (XCTest makes a new instance for each test method).
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fnc-\(UUID().uuidString)")

    override func setUpWithError() throws {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("scripts"), withIntermediateDirectories: true)
        for name in ["schema.cypher", "中国.cypher", ".hidden"] {
            try Data().write(to: folder.appendingPathComponent(name))
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testFoldersEndInSlashAndTheTypedFolderIsKept() {
        let base = folder.path + "/"
        XCTAssertEqual(FileNameCompleter.candidates(for: base + "sc"), [base + "schema.cypher", base + "scripts/"])
        XCTAssertEqual(FileNameCompleter.candidates(for: base + "中"), [base + "中国.cypher"])
    }

    func testHiddenFilesOnlyWhenAskedFor() {
        let base = folder.path + "/"
        XCTAssertFalse(FileNameCompleter.candidates(for: base).contains(base + ".hidden"))
        XCTAssertEqual(FileNameCompleter.candidates(for: base + ".h"), [base + ".hidden"])
    }

    func testMissingFolderGivesNothing() {
        XCTAssertEqual(FileNameCompleter.candidates(for: folder.path + "/none/x"), [])
    }

    func testContextCompletesFileNamesFromTheFileSystem() {
        let line = ":source \(folder.path)/sch"
        let completion = CompletionContext(line: line, cursor: line.unicodeScalars.count).completion { _ in [] }
        XCTAssertEqual(completion.candidates, ["\(folder.path)/schema.cypher"])
        XCTAssertEqual(completion.wordStart, 8)
    }
}
