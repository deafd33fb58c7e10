import Foundation
import GraphModel
import GraphStore

/// Loads graph folders into a store, all or nothing: every problem in every file is collected and reported
/// together, and with any problem no graph is returned.
public enum GraphLoader {
    /// Loads and merges the folders; an id defined in two of them is an error naming both places.
    /// - Throws: `LoadFailure` with every problem found, sorted by file, line and column.
    public static func load(folders: [String]) throws(LoadFailure) -> GraphStore {
        try load(folders: folders, readingInBulk: true).0
    }

    /// Loads the folders from their snapshot in `cache` when one is current, else from CSV, keeping a new
    /// snapshot there; with no cache, from CSV alone. The notes say why a snapshot was ignored or not kept.
    /// - Throws: `LoadFailure`, as for a load from CSV (a snapshot exists only of a graph that loaded).
    public static func load(folders: [String], cache: SnapshotCache?) throws(LoadFailure) -> LoadedGraph {
        guard let cache, !folders.isEmpty, let key = SnapshotKey(folders: folders) else {
            return LoadedGraph(store: try load(folders: folders), notes: [], fromSnapshot: false)
        }
        var notes: [String] = []
        if let store = cache.open(key, notes: &notes) { return LoadedGraph(store: store, notes: notes, fromSnapshot: true) }
        let store = try load(folders: folders)
        cache.keep(store, key: key, notes: &notes)
        return LoadedGraph(store: store, notes: notes, fromSnapshot: false)
    }

    /// Loads with or without the bulk measurement reader, so that tests can compare the two; the session
    /// tells which files the bulk reader took.
    static func load(folders: [String], readingInBulk: Bool) throws(LoadFailure) -> (GraphStore, LoadSession) {
        let session = LoadSession()
        session.readsInBulk = readingInBulk
        var errors: [LoadError] = []
        let opened = folders.map { GraphFolder.open($0, errors: &errors) }
        session.errors = errors
        for kind in TableKind.allCases {
            for file in opened.flatMap(\.tables) where file.kind == kind {
                session.read(file)
            }
        }
        guard session.errors.isEmpty else {
            throw LoadFailure(errors: session.errors.sorted(by: session.fileOrder))
        }
        return (session.store, session)
    }
}

/// A loaded graph and how it was loaded.
public struct LoadedGraph {
    /// The graph.
    public let store: GraphStore
    /// Why a snapshot was ignored or could not be kept, one sentence each, for standard error.
    public let notes: [String]
    /// Whether the store came from a snapshot rather than the CSV files.
    public let fromSnapshot: Bool

    /// A graph loaded one way or the other.
    public init(store: GraphStore, notes: [String], fromSnapshot: Bool) {
        self.store = store
        self.notes = notes
        self.fromSnapshot = fromSnapshot
    }
}
