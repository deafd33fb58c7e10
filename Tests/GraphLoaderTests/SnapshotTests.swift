@testable import GraphLoader
import GraphModel
import GraphStore
import XCTest

/// A graph opened from its snapshot must be exactly the graph its CSV files give, and a snapshot that is
/// not exactly the one written for the folder as it is now must never be used.
final class SnapshotTests: XCTestCase {
    private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func testTheBundledGraphFromItsSnapshotIsTheGraphOfItsFiles() throws {
        try assertSnapshotGivesTheSameGraph(repository.appendingPathComponent("Graph").path)
    }

    func testAGeneratedGraphFromItsSnapshotIsTheGraphOfItsFiles() throws {
        let store = try assertSnapshotGivesTheSameGraph(try makeGeneratedFolder(rows: 20_000))
        let quoted = try XCTUnwrap(store.nodes(labeled: "Measurement", where: "id", equals: .string("m-7")).first)
        XCTAssertEqual(store.property("evidence", of: quoted), .string("exports, \"up\"\n7%"))
        let node = try store.createNode(labels: ["Partner"], properties: [(key: "name", value: .string("Laos"))])
        XCTAssertEqual(store.nodes(labeled: "Partner", where: "name", equals: .string("Laos")), [node])
    }

    /// The store's arrays are the mapped file: writes to the store must copy them, leaving the file as it was,
    /// and a new snapshot renamed over the file while it is mapped must leave the open store as it was.
    func testAStoreReadInPlaceCopiesOnWriteAndOutlivesItsFileBeingReplaced() throws {
        let (folder, cache) = try fixture()
        let csvDump = GraphDump.lines(of: try GraphLoader.load(folders: [folder], cache: cache).store)
        let path = try snapshotPath(folder, cache)
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        let opened = try GraphLoader.load(folders: [folder], cache: cache)
        XCTAssertTrue(opened.fromSnapshot)
        let store = opened.store
        let figure = try XCTUnwrap(store.nodes(labeled: "Measurement").first)
        let partner = try store.createNode(labels: ["Partner"], properties: [(key: "name", value: .string("Laos"))])
        try store.createRelationship(from: figure, to: partner, type: "PARTNER")
        try store.setProperty("value", to: .float(-1), of: figure)
        try store.setProperty("id", to: .string("m-changed"), of: figure)
        try store.deleteNode(try XCTUnwrap(store.nodes(labeled: "Measurement").last), detach: true)
        XCTAssertEqual(store.property("value", of: figure), .float(-1))
        XCTAssertEqual(store.property("id", of: figure), .string("m-changed"))
        XCTAssertEqual(store.relationships(of: partner, direction: .incoming).count, 1)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), written, "a write went into the mapped file")
        XCTAssertEqual(GraphDump.lines(of: try GraphLoader.load(folders: [folder], cache: cache).store), csvDump)

        let reopened = try GraphLoader.load(folders: [folder], cache: cache)
        XCTAssertTrue(reopened.fromSnapshot)
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: folder + "/measurements.csv"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("m-extra,value,total,2025,1,CNY,,,,,,,,,,src,,,,\r\n".utf8))
        try handle.close()
        XCTAssertFalse(try GraphLoader.load(folders: [folder], cache: cache).fromSnapshot)
        XCTAssertNotEqual(try Data(contentsOf: URL(fileURLWithPath: path)), written, "the snapshot was not replaced")
        XCTAssertEqual(GraphDump.lines(of: reopened.store), csvDump)
    }

    func testNoCacheReadsTheFilesAndKeepsNothing() throws {
        let (folder, cache) = try fixture()
        let loaded = try GraphLoader.load(folders: [folder], cache: nil)
        XCTAssertFalse(loaded.fromSnapshot)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache.folder))
    }

    func testAChangedFileMakesTheSnapshotStale() throws {
        let (folder, cache) = try fixture()
        _ = try GraphLoader.load(folders: [folder], cache: cache)
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: folder + "/measurements.csv"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("m-extra,value,total,2025,1,CNY,,,,,,,,,,src,,,,\r\n".utf8))
        try handle.close()
        let reloaded = try assertRejected(folder, cache, because: "the graph's files changed since it was written")
        XCTAssertEqual(reloaded.store.nodes(labeled: "Measurement").count, 301)
    }

    func testATruncatedSnapshotIsRebuilt() throws {
        try assertDamageRejected(because: "it is truncated") { bytes in bytes.removeLast(bytes.count / 2) }
        try assertDamageRejected(because: "it is truncated") { bytes in bytes.removeLast(bytes.count - 10) }
    }

    func testADamagedSnapshotIsRebuilt() throws {
        try assertDamageRejected(because: "it is damaged (checksum mismatch)") { bytes in bytes[bytes.count * 2 / 3] ^= 0x20 }
        // The last bytes are the image's counters, after the arrays read in place: a change there is caught too.
        try assertDamageRejected(because: "it is damaged (checksum mismatch)") { bytes in bytes[bytes.count - 20] ^= 0x01 }
        try assertDamageRejected(because: "it is damaged (bytes after its end)") { bytes in bytes += [0] }
    }

    func testAForeignSnapshotIsRebuilt() throws {
        try assertDamageRejected(because: "it is not a tradegraph snapshot") { bytes in bytes = Array("id,kind,title\n".utf8) }
        try assertDamageRejected(because: "it is written by another version of tradegraph") { bytes in bytes[8] &+= 1 }
    }

    func testASnapshotOfOtherFoldersIsNotUsed() throws {
        let (folder, cache) = try fixture()
        let other = try makeGeneratedFolder(rows: 10)
        _ = try GraphLoader.load(folders: [other], cache: cache)
        let mine = try snapshotPath(folder, cache), theirs = try snapshotPath(other, cache)
        try FileManager.default.copyItem(atPath: theirs, toPath: mine)
        let reloaded = try assertRejected(folder, cache, because: "it is made for other folders")
        XCTAssertEqual(reloaded.store.nodes(labeled: "Measurement").count, 300)
    }

    func testACacheFolderThatCannotBeMadeIsNotedAndTheGraphStillLoads() throws {
        let (folder, _) = try fixture()
        let file = try temporaryFolder() + "/file"
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: file))
        let loaded = try GraphLoader.load(folders: [folder], cache: SnapshotCache(folder: file + "/cache"))
        XCTAssertEqual(loaded.store.count(labeled: "Measurement"), 300)
        XCTAssertEqual(loaded.notes, ["no snapshot kept: cannot write '\(file)/cache': Not a directory"])
    }

    // MARK: Helpers

    /// Loads through an empty cache (from CSV, writing the snapshot), then again (from the snapshot), and
    /// compares every node, property and relationship with a load without cache; returns the snapshot's store.
    @discardableResult
    private func assertSnapshotGivesTheSameGraph(_ folder: String, file: StaticString = #filePath, line: UInt = #line) throws -> GraphStore {
        let cache = SnapshotCache(folder: try temporaryFolder())
        let first = try GraphLoader.load(folders: [folder], cache: cache)
        XCTAssertFalse(first.fromSnapshot, file: file, line: line)
        let second = try GraphLoader.load(folders: [folder], cache: cache)
        XCTAssertTrue(second.fromSnapshot, file: file, line: line)
        XCTAssertEqual(second.notes, [], file: file, line: line)
        let (snapshotDump, csvDump) = (GraphDump.lines(of: second.store), GraphDump.lines(of: try GraphLoader.load(folders: [folder])))
        XCTAssertEqual(snapshotDump.count, csvDump.count, file: file, line: line)
        for (snapshotLine, csvLine) in zip(snapshotDump, csvDump) where snapshotLine != csvLine {
            XCTFail("snapshot: \(snapshotLine)\ncsv: \(csvLine)", file: file, line: line)
            break
        }
        return second.store
    }

    /// Writes a snapshot, changes its bytes, and checks that the next load ignores it for the reason given.
    private func assertDamageRejected(because reason: String, file: StaticString = #filePath, line: UInt = #line,
                                      _ damage: (inout [UInt8]) -> Void) throws {
        let (folder, cache) = try fixture()
        _ = try GraphLoader.load(folders: [folder], cache: cache)
        let path = try snapshotPath(folder, cache)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        damage(&bytes)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let reloaded = try assertRejected(folder, cache, because: reason, file: file, line: line)
        XCTAssertEqual(GraphDump.lines(of: reloaded.store), GraphDump.lines(of: try GraphLoader.load(folders: [folder])), file: file, line: line)
    }

    /// Loads, expecting the snapshot to be ignored with a note giving the reason, then loads again, expecting
    /// the snapshot written in its place to be used; returns the first load.
    private func assertRejected(_ folder: String, _ cache: SnapshotCache, because reason: String,
                                file: StaticString = #filePath, line: UInt = #line) throws -> LoadedGraph {
        let reloaded = try GraphLoader.load(folders: [folder], cache: cache)
        XCTAssertFalse(reloaded.fromSnapshot, file: file, line: line)
        XCTAssertEqual(reloaded.notes, ["ignored the snapshot \(try snapshotPath(folder, cache)): \(reason); "
                                        + "reading the CSV files and writing a new one"], file: file, line: line)
        let again = try GraphLoader.load(folders: [folder], cache: cache)
        XCTAssertTrue(again.fromSnapshot, "the snapshot was not rebuilt", file: file, line: line)
        return reloaded
    }

    private func fixture() throws -> (folder: String, cache: SnapshotCache) {
        (try makeGeneratedFolder(rows: 300), SnapshotCache(folder: try temporaryFolder() + "/cache"))
    }

    private func snapshotPath(_ folder: String, _ cache: SnapshotCache) throws -> String {
        cache.folder + "/" + (try XCTUnwrap(SnapshotKey(folders: [folder]))).fileName
    }

    private func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder.path
    }
}
