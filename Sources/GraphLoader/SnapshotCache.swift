import Foundation
import GraphStore

/// The folder where the loader keeps a binary snapshot of each graph it loads from CSV, so that the next
/// start maps the snapshot instead of parsing the files again: `$XDG_CACHE_HOME/tradegraph`, else
/// `~/.cache/tradegraph` — the user's cache, never the graph folder, which may be read-only or shared.
/// The CSV files stay the source of truth: a snapshot is used only while every file is as it was.
public struct SnapshotCache: Sendable {
    /// The cache folder (created when the first snapshot is written).
    public let folder: String

    /// A cache in this folder.
    public init(folder: String) { self.folder = folder }

    /// The user's cache folder, `nil` when neither `XDG_CACHE_HOME` nor `HOME` names one.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> SnapshotCache? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return SnapshotCache(folder: cache + "/tradegraph") }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return SnapshotCache(folder: home + "/.cache/tradegraph")
    }

    /// The folders' store from their snapshot when it is current; otherwise `nil`, with a note when a
    /// snapshot was there but could not be used.
    func open(_ key: SnapshotKey, notes: inout [String]) -> GraphStore? {
        let path = self.path(for: key)
        do {
            return try SnapshotFile.read(path, key: key)
        } catch {
            notes.append("ignored the snapshot \(path): \(error.reason); reading the CSV files and writing a new one")
            return nil
        }
    }

    /// Keeps the store as the folders' snapshot; a note when that fails (loading has succeeded regardless).
    func keep(_ store: GraphStore, key: SnapshotKey, notes: inout [String]) {
        let graphFolders = key.folders.split(separator: "\n").map { $0 + "/" }
        let cache = URL(fileURLWithPath: folder).standardizedFileURL.path + "/"
        guard !graphFolders.contains(where: { cache.hasPrefix($0) }) else {
            notes.append("no snapshot kept: the cache folder \(folder) is inside the graph folder")
            return
        }
        do {
            try makeFolder()
            try SnapshotFile.write(store, key: key, to: path(for: key))
        } catch where ![EACCES, EPERM, EROFS].contains(error.code) {
            notes.append("no snapshot kept: \(error)")
        } catch {
            // A cache this user may not write (another user's home, a read-only system): nothing to say at every start.
        }
    }

    /// Creates the cache folder and the folders above it that are missing, the new ones private to the user.
    private func makeFolder() throws(SnapshotWriteError) {
        var path = ""
        for component in folder.split(separator: "/") {
            path += "/" + component
            guard mkdir(path, 0o700) == 0 || errno == EEXIST else { throw SnapshotWriteError(path: path, errno: errno) }
        }
    }

    private func path(for key: SnapshotKey) -> String {
        URL(fileURLWithPath: folder).appendingPathComponent(key.fileName).path
    }
}
