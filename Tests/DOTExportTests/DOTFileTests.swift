import DOTExport
import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes are atomic: a failed export leaves no partial file and keeps the previous one. These tests run as
/// root here, which ignores permissions, so failures come from paths no permission can fix.
final class DOTFileTests: XCTestCase {
    func testWritesAndReplacesLeavingNoTemporaryFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("graph.dot")
        try DOTFile.write("digraph { a }\n", to: path)
        try DOTFile.write("digraph { b → 中 }\n", to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "digraph { b → 中 }\n")
        XCTAssertEqual(try folder.contents(), ["graph.dot"])
    }

    func testReplacingKeepsTheFilePermissions() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("graph.dot")
        try DOTFile.write("old", to: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try DOTFile.write("new", to: path)
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        XCTAssertEqual(permissions?.intValue, 0o600)
    }

    func testMissingFolderIsAnErrorAndCreatesNothing() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("missing/graph.dot")
        XCTAssertThrowsError(try DOTFile.write("digraph {}", to: path)) { error in
            XCTAssertEqual(error as? DOTExportError, .folderMissing(path: path, folder: folder.path("missing")))
            XCTAssertTrue("\(error)".contains("does not exist"))
        }
        XCTAssertEqual(try folder.contents(), [])
    }

    func testFolderPathIsAnError() throws {
        let folder = try TemporaryFolder()
        XCTAssertThrowsError(try DOTFile.write("digraph {}", to: folder.url.path)) { error in
            XCTAssertEqual(error as? DOTExportError, .isFolder(path: folder.url.path))
        }
    }

    func testReadOnlyFolderIsAnError() throws {
        let path = "/sys/tradegraph-export-test.dot"
        guard FileManager.default.fileExists(atPath: "/sys/kernel") else { throw XCTSkip("no /sys on this system") }
        XCTAssertThrowsError(try DOTFile.write("digraph {}", to: path)) { error in
            XCTAssertEqual(error as? DOTExportError, .permissionDenied(path: path))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testFullDeviceIsAnError() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { throw XCTSkip("no /dev/full on this system") }
        XCTAssertThrowsError(try DOTFile.write("digraph {}", to: "/dev/full")) { error in
            XCTAssertEqual(error as? DOTExportError, .deviceFull(path: "/dev/full"))
            XCTAssertTrue("\(error)".contains("no space left"))
        }
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/full")[.type] as? FileAttributeType
        XCTAssertEqual(type, .typeCharacterSpecial, "/dev/full is still the device, not replaced by a file")
    }

    #if os(Linux)
    /// A file size limit makes `write` fail part way, as a full disk would, even for root.
    func testFailedWriteKeepsTheOldFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("graph.dot")
        try DOTFile.write("old content", to: path)
        var saved = rlimit()
        getrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &saved)
        var small = saved
        small.rlim_cur = 4096
        let previousHandler = signal(SIGXFSZ, SIG_IGN)
        setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &small)
        defer {
            setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &saved)
            signal(SIGXFSZ, previousHandler)
        }
        XCTAssertThrowsError(try DOTFile.write(String(repeating: "x", count: 100_000), to: path)) { error in
            guard case .writeFailed(let failedPath, _)? = error as? DOTExportError else { return XCTFail("\(error)") }
            XCTAssertEqual(failedPath, path)
        }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "old content")
        XCTAssertEqual(try folder.contents(), ["graph.dot"], "the temporary file is removed")
    }
    #endif
}
