import Foundation
import XCTest

/// The snapshot cache as a user meets it: the second start of a graph answers the same from its snapshot,
/// a damaged snapshot is reported on standard error and replaced, and `--no-cache` keeps nothing.
final class SnapshotCacheTests: XCTestCase {
    private let graph = TradeGraphProcess.root.appendingPathComponent("Graph").path
    private let query = "MATCH (m:Measurement)-[r]->(e) RETURN type(r) AS type, count(*) AS links ORDER BY type"

    func testTheSecondStartAnswersTheSameFromTheSnapshot() throws {
        let folder = try TemporaryFolder()
        let environment = ["XDG_CACHE_HOME": folder.path("cache")]
        let first = try TradeGraphProcess.run(["--graph", graph, "-c", query], in: folder.path, environment: environment)
        XCTAssertEqual(first.status, 0, first.error)
        let snapshots = try FileManager.default.contentsOfDirectory(atPath: folder.path("cache/tradegraph"))
        XCTAssertEqual(snapshots.count, 1, "\(snapshots)")
        let second = try TradeGraphProcess.run(["--graph", graph, "-c", query], in: folder.path, environment: environment)
        XCTAssertEqual(second.status, 0)
        XCTAssertEqual(second.output, first.output)
        XCTAssertEqual(second.error, "")
        XCTAssertTrue(first.output.contains("PARTNER\t"), first.output)
    }

    func testADamagedSnapshotIsNotedAndReplaced() throws {
        let folder = try TemporaryFolder()
        let environment = ["XDG_CACHE_HOME": folder.path("cache")]
        let first = try TradeGraphProcess.run(["--graph", graph, "-c", query], in: folder.path, environment: environment)
        let name = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: folder.path("cache/tradegraph")).first)
        let snapshot = folder.path("cache/tradegraph/" + name)
        try Data(try Data(contentsOf: URL(fileURLWithPath: snapshot)).prefix(1000)).write(to: URL(fileURLWithPath: snapshot))
        let damaged = try TradeGraphProcess.run(["--graph", graph, "-c", query], in: folder.path, environment: environment)
        XCTAssertEqual(damaged.output, first.output)
        XCTAssertEqual(damaged.error, "tradegraph: note: ignored the snapshot \(snapshot): it is truncated; "
                       + "reading the CSV files and writing a new one\n")
        let again = try TradeGraphProcess.run(["--graph", graph, "-c", query], in: folder.path, environment: environment)
        XCTAssertEqual(again.error, "")
    }

    func testNoCacheKeepsNothing() throws {
        let folder = try TemporaryFolder()
        let run = try TradeGraphProcess.run(["--graph", graph, "--no-cache", "-c", "RETURN 1"], in: folder.path,
                                            environment: ["XDG_CACHE_HOME": folder.path("cache")])
        XCTAssertEqual(run.status, 0, run.error)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path("cache")))
    }
}
