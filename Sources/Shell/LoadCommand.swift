import GraphLoader

/// `:load DIR...`: replaces the session's graph with the graph in one or more folders (merged, as with
/// `--graph`). Loading is all or nothing: when a folder has any problem, every problem is listed and the
/// session keeps the graph it had.
struct LoadCommand: ShellCommand {
    static let name = "load"
    static let usage = ":load DIR [DIR...]"
    static let summary = "replace the session's graph with a graph folder (the old one stays on failure)"

    /// The folders.
    let folders: [String]

    init(_ arguments: inout CommandArguments) throws(ShellError) {
        var folders: [String] = []
        while let folder = try arguments.word() { folders.append(folder) }
        guard !folders.isEmpty else { throw .failed("missing a folder; usage: \(Self.usage)") }
        self.folders = folders
    }

    init(folders: [String]) { self.folders = folders }

    func run(in session: ShellSession) throws(ShellError) {
        do {
            let store = try GraphLoader.load(folders: folders)
            session.engine.replaceStore(store)
            session.note("Loaded \(store.nodeCount) nodes and \(store.relationshipCount) relationships from \(folders.joined(separator: ", "))")
        } catch {
            throw .failed("the graph was not loaded; the session keeps its current graph",
                          detail: error.errors.map(\.description))
        }
    }
}
