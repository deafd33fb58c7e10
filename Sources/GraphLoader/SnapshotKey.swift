import Foundation

/// What a snapshot was made from: the graph folders (their absolute paths, in load order) and the name, size
/// and modification time of every table file in them. A snapshot is used only when both match exactly, so
/// any edit, added or removed file, or touch of a CSV file makes it stale and the CSV files are read again.
struct SnapshotKey: Equatable {
    /// The folders, one absolute path a line: which graph this is, and so which cache file holds it.
    let folders: String
    /// Each table file's path, size and modification time (nanoseconds), one a line.
    let stamps: String

    /// The key of the folders as they are now; `nil` when a folder cannot be listed (the CSV load then
    /// reports why).
    init?(folders: [String]) {
        var stamps: [String] = []
        let absolute = folders.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        for folder in absolute {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
            for name in names.sorted() where name.hasSuffix(".csv") {
                var status = stat()
                guard stat(folder + "/" + name, &status) == 0 else { return nil }
                let modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
                stamps.append("\(folder)/\(name) \(status.st_size) \(modified)")
            }
        }
        self.init(folders: absolute.joined(separator: "\n"), stamps: stamps.joined(separator: "\n"))
    }

    init(folders: String, stamps: String) {
        self.folders = folders
        self.stamps = stamps
    }

    /// The cache file's name: a hash of the folders, so that each graph has one snapshot, replaced when stale.
    var fileName: String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in folders.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return "graph-" + String(hash, radix: 16) + ".snapshot"
    }
}
