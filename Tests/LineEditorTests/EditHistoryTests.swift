@testable import LineEditor
import Foundation
import XCTest

final class EditHistoryTests: XCTestCase {
    /// A fresh folder per test (XCTest makes a new instance for each test method).
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hist-\(UUID().uuidString)")

    override func setUpWithError() throws {
        TerminalLocale.ensureUTF8()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func makeHistory(limit: Int = 100) throws -> (EditHistory, String) {
        let path = folder.appendingPathComponent("history").path
        let history = try XCTUnwrap(EditHistory(path: path, limit: limit))
        return (history, path)
    }

    func testMultiLineEntrySurvivesSaveAndLoadAsOneEntry() throws {
        let (history, path) = try makeHistory()
        history.add("MATCH (n:国家)\nRETURN n.name;")
        history.add(":schema")
        XCTAssertTrue(history.save())
        let (reloaded, _) = try makeHistory()
        reloaded.load()
        XCTAssertEqual(reloaded.entries, ["MATCH (n:国家)\nRETURN n.name;", ":schema"])
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 3)
    }

    func testFileIsPrivate() throws {
        let (history, path) = try makeHistory()
        history.add("RETURN 1;")
        XCTAssertTrue(history.save())
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        // No temporary files are left behind.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["history"])
    }

    func testSizeIsLimitedToTheNewestEntriesAndRepeatsAreDropped() throws {
        let (history, _) = try makeHistory(limit: 3)
        for number in 1...5 { history.add("RETURN \(number);") }
        history.add("RETURN 5;")
        XCTAssertEqual(history.entries, ["RETURN 3;", "RETURN 4;", "RETURN 5;"])
        history.save()
        let (reloaded, _) = try makeHistory(limit: 2)
        reloaded.load()
        XCTAssertEqual(reloaded.entries, ["RETURN 4;", "RETURN 5;"])
    }

    func testSymbolicLinkIsReplacedNotFollowed() throws {
        let target = folder.appendingPathComponent("elsewhere")
        try "keep".write(to: target, atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("history").path
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target.path)
        let history = try XCTUnwrap(EditHistory(path: path, limit: 10))
        history.add("RETURN 1;")
        XCTAssertTrue(history.save())
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "keep")
        XCTAssertNil(try? FileManager.default.destinationOfSymbolicLink(atPath: path))
    }

    func testUnwritableFolderReportsAnError() throws {
        let history = try XCTUnwrap(EditHistory(path: folder.appendingPathComponent("missing/history").path, limit: 10))
        history.add("RETURN 1;")
        XCTAssertFalse(history.save())
        XCTAssertNotNil(history.lastError)
    }

    func testNoPathKeepsHistoryInMemory() throws {
        let history = try XCTUnwrap(EditHistory(path: nil, limit: 10))
        history.add("RETURN 1;")
        XCTAssertTrue(history.save())
        XCTAssertEqual(history.entries, ["RETURN 1;"])
    }
}
