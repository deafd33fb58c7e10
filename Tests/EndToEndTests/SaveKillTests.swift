import Foundation
import XCTest

/// `:save` replaces a graph folder in one step: a process killed with SIGKILL at any moment leaves either
/// the old folder or the new one, each a graph that loads.
final class SaveKillTests: XCTestCase {
    func testKilledSaveLeavesTheOldOrTheNewFolder() throws {
        let folder = try TemporaryFolder()
        let environment = ["TRADEGRAPH_GRAPH": ""]
        let seed = try TradeGraphProcess.run(["--empty", "-c", ":save graph"], in: folder.path, environment: environment)
        XCTAssertEqual(seed.status, 0, seed.error)
        let emptySummary = try summary(of: "graph", in: folder)
        let full = try TradeGraphProcess.run(["check"], in: folder.path, environment: environment).output
        var seen: Set<String> = []
        for delay in stride(from: 0, through: 300_000, by: 20_000) {
            let process = Process()
            process.executableURL = try TradeGraphProcess.binary()
            process.arguments = ["-c", ":save graph"]
            process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(delay))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try summary(of: "graph", in: folder)
            XCTAssertTrue(now == emptySummary || now == full, "after \(delay) µs the folder is neither the old nor the new graph")
            seen.insert(now == full ? "new" : "old")
            // Start each round from the old folder again.
            try FileManager.default.removeItem(atPath: folder.path("graph"))
            XCTAssertEqual(try TradeGraphProcess.run(["--empty", "-c", ":save graph"], in: folder.path, environment: environment).status, 0)
        }
        XCTAssertTrue(seen.contains("old"), "some kill should land before the swap")
    }

    private func summary(of graph: String, in folder: TemporaryFolder) throws -> String {
        let check = try TradeGraphProcess.run(["check", "--graph", graph], in: folder.path, environment: ["TRADEGRAPH_GRAPH": ""])
        XCTAssertEqual(check.status, 0, check.error)
        return check.output
    }
}
