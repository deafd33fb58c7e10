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
