import Foundation
import XCTest

/// Runs the built `tradegraph` binary as a user meets it. Standard output and error go through files, so a
/// large output cannot deadlock; standard output may instead go to a given path (a full device).
enum TradeGraphBinary {
    /// What a run produced: exit status, whether a signal ended it (a crash), and both streams.
    struct Outcome {
        let status: Int32
        let crashed: Bool
        let output: String
        let error: String
    }

    /// The repository root, from this file's place in `Tests/RobustnessTests/`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The bundled graph.
    static let graph = root.appendingPathComponent("Graph").path

    /// The binary beside the test bundle (whatever the scratch path), else `.build/debug/tradegraph`.
    static func binary() throws -> String {
        let bundle = Bundle(for: Marker.self).bundleURL
        let candidates = [bundle.appendingPathComponent("tradegraph").path,
                          bundle.deletingLastPathComponent().appendingPathComponent("tradegraph").path,
                          root.appendingPathComponent(".build/debug/tradegraph").path]
        guard let found = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw XCTSkip("tradegraph is not built; run swift build first")
        }
        return found
    }

    /// Runs `tradegraph` with `arguments` in `folder`, bytes on standard input, the bundled graph unless
    /// the arguments say otherwise. `asNobody` drops root, so that permissions apply; `standardOutput`
    /// sends results to a path instead of capturing them.
    static func run(_ arguments: [String], input: Data = Data(), in folder: String, asNobody: Bool = false,
                    standardOutput: String? = nil) throws -> Outcome {
        let process = Process()
        var binary = try binary(), graph = graph
        if asNobody {
            // The checkout may sit in a folder only root can enter (a clone in `mktemp -d`): give `nobody`
            // copies of the program and the graph in the world-readable temporary folder.
            (binary, graph) = try readableCopies(binary: binary)
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ProcessInfo.processInfo.environment.merging(["TRADEGRAPH_GRAPH": graph, "NO_COLOR": "1"]) { $1 }
        let streams = NSTemporaryDirectory() + "robustness-\(UUID().uuidString)"
        defer { ["in", "out", "err"].forEach { try? FileManager.default.removeItem(atPath: "\(streams).\($0)") } }
        try input.write(to: URL(fileURLWithPath: streams + ".in"))
        for name in ["out", "err"] { _ = FileManager.default.createFile(atPath: "\(streams).\(name)", contents: nil) }
        process.standardInput = FileHandle(forReadingAtPath: streams + ".in")
        process.standardOutput = FileHandle(forWritingAtPath: standardOutput ?? streams + ".out")
        process.standardError = FileHandle(forWritingAtPath: streams + ".err")
        try process.run()
        process.waitUntilExit()
        let text = { (name: String) in String(decoding: FileManager.default.contents(atPath: "\(streams).\(name)") ?? Data(), as: UTF8.self) }
        return Outcome(status: process.terminationStatus, crashed: process.terminationReason == .uncaughtSignal,
                       output: text("out"), error: text("err"))
    }

    /// Copies of the binary and the bundled graph that every user can read, made once per test run.
    private static func readableCopies(binary: String) throws -> (binary: String, graph: String) {
        let place = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("tradegraph-for-nobody-\(getpid())")
        let copiedBinary = place.appendingPathComponent("tradegraph"), copiedGraph = place.appendingPathComponent("Graph")
        let files = FileManager.default
        if !files.fileExists(atPath: copiedBinary.path) {
            try files.createDirectory(at: place, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
            try files.copyItem(atPath: binary, toPath: copiedBinary.path)
            try files.copyItem(atPath: graph, toPath: copiedGraph.path)
            try files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copiedBinary.path)
            try files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copiedGraph.path)
            for name in try files.contentsOfDirectory(atPath: copiedGraph.path) {
                try files.setAttributes([.posixPermissions: 0o644], ofItemAtPath: copiedGraph.appendingPathComponent(name).path)
            }
        }
        return (copiedBinary.path, copiedGraph.path)
    }

    private final class Marker {}
}

/// A fresh folder under the temporary folder, readable by everyone (for runs as `nobody`), removed at the end.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "robustness-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o755])
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// A path inside the folder.
    func path(_ name: String) -> String { path + "/" + name }

    /// Writes bytes to a file inside the folder, creating its folders; returns the path.
    @discardableResult
    func write(_ name: String, _ bytes: Data) throws -> String {
        let url = URL(fileURLWithPath: path(name))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: url)
        return url.path
    }

    /// The names in a folder inside this one, sorted.
    func contents(_ name: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: name.isEmpty ? path : path(name)).sorted()
    }

    /// Every file under the folder, hidden ones included, with its bytes: equal snapshots mean nothing changed.
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: path)
        while let name = enumerator?.nextObject() as? String {
            files[name] = FileManager.default.contents(atPath: self.path(name))
        }
        return files
    }

    /// Makes a character device here, like `/dev/full` (major 1, minor 7) but private to the test, so a
    /// bug that replaced it could not break the machine's own. Root only.
    func device(_ name: String, minor: UInt32) throws -> String {
        guard mknod(path(name), S_IFCHR | 0o666, dev_t(1 << 8 | minor)) == 0 else {
            throw XCTSkip("cannot make a device node (not root?)")
        }
        return path(name)
    }

    /// Whether a path is (still) a character device.
    static func isDevice(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeCharacterSpecial
    }
}
