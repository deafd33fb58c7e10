import Foundation

/// Where the fuzz targets find the repository's files. Taken from this file's place at build time, so a
/// target runs from any folder.
enum Paths {
    /// The repository root: `Fuzz/Sources/FuzzSupport/` is three levels below it.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled graph the query target runs against.
    static let bundledGraph = root.appendingPathComponent("Graph").path

    /// A fresh scratch folder for this process, in memory when `/dev/shm` exists, so a target's millions of
    /// writes do not wear the disk. Removed when the run ends normally; after a crash it stays, as evidence.
    static func scratchFolder(_ name: String) -> String {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let path = "\(base)/tradegraph-fuzz-\(name)-\(getpid())"
        try? FileManager.default.removeItem(atPath: path)
        guard (try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)) != nil else {
            fatalError("cannot create the scratch folder \(path)")
        }
        scratchFolders.append(path)
        if scratchFolders.count == 1 {
            atexit { Paths.scratchFolders.forEach { try? FileManager.default.removeItem(atPath: $0) } }
        }
        return path
    }

    /// The folders to remove at exit. Only the fuzzing thread creates them, once, before fuzzing starts.
    nonisolated(unsafe) private static var scratchFolders: [String] = []
}
