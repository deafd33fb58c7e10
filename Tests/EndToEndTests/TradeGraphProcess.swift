import Foundation
import XCTest

/// Runs the built `tradegraph` binary as a user would, capturing standard output, standard error and the
/// exit status. Output goes through files, not pipes, so a large output cannot deadlock the test.
struct TradeGraphProcess {
    /// What a run produced.
    struct Outcome {
        let status: Int32
        let output: String
        let error: String
    }

    /// The repository root, from this file's place in `Tests/EndToEndTests/`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary: in the build folder of the test bundle (which on Linux is that folder, on macOS the
    /// `.xctest` bundle inside it), else `.build/debug/tradegraph`.
    static func binary() throws -> URL {
        let bundle = Bundle(for: Marker.self).bundleURL
        let candidates = [
            bundle.appendingPathComponent("tradegraph"),
            bundle.deletingLastPathComponent().appendingPathComponent("tradegraph"),
            root.appendingPathComponent(".build/debug/tradegraph"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw XCTSkip("tradegraph is not built; run swift build first")
        }
        return found
    }

    /// The snapshot cache of the tests' runs, so that they leave nothing in the user's own cache.
    static let testCache = FileManager.default.temporaryDirectory.appendingPathComponent("tradegraph-test-cache").path

    /// Runs `tradegraph` with arguments in a folder, with `input` on standard input (empty when `nil`).
    static func run(_ arguments: [String], input: String? = nil, in folder: String,
                    environment: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": testCache]) { $1 }
            .merging(environment) { $1 }
        let outputPath = folder + "/.stdout", errorPath = folder + "/.stderr", inputPath = folder + "/.stdin"
        try Data((input ?? "").utf8).write(to: URL(fileURLWithPath: inputPath))
        for path in [outputPath, errorPath] where !FileManager.default.createFile(atPath: path, contents: nil) {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        process.standardInput = FileHandle(forReadingAtPath: inputPath)
        process.standardOutput = FileHandle(forWritingAtPath: outputPath)
        process.standardError = FileHandle(forWritingAtPath: errorPath)
        try process.run()
        process.waitUntilExit()
        defer { [outputPath, errorPath, inputPath].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        return Outcome(status: process.terminationStatus,
                       output: try String(contentsOfFile: outputPath, encoding: .utf8),
                       error: try String(contentsOfFile: errorPath, encoding: .utf8))
    }

    private final class Marker {}
}
