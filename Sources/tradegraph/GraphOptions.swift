import ArgumentParser
import Foundation
import GraphLoader
import GraphStore

/// The options that choose a graph, shared by every command.
struct GraphOptions: ParsableArguments {
    @Option(name: .customLong("graph"), help: ArgumentHelp(
        "A graph folder to load (repeatable; merged). Default: $TRADEGRAPH_GRAPH, else the bundled Graph/.",
        valueName: "dir"))
    var folders: [String] = []

    @Flag(help: "Start with an empty graph.")
    var empty = false

    @Flag(name: .customLong("no-cache"), help: ArgumentHelp(
        "Read the CSV files even when a current snapshot is cached, and keep none. Snapshots live in "
        + "$XDG_CACHE_HOME/tradegraph, else ~/.cache/tradegraph."))
    var noCache = false

    @Option(name: .customLong("sources"), help: ArgumentHelp(
        "The folder of the source documents the graph cites: :quote reads its sentences there (repeatable; also "
        + "looked in: each graph folder and ../shared/seeds beside its repository); check tests every evidence.",
        valueName: "dir"))
    var sourceFolders: [String] = []

    /// Where `:quote` looks for documents: `explicit` folders (`--sources`), then each graph folder, then the
    /// seeds folder beside the repository a graph folder sits in (`Graph/../../shared/seeds` for the bundled graph).
    func documentFolders(explicit: [String]) -> [String] {
        let graphs = empty ? [] : GraphLocation.folders(explicit: folders) ?? []
        let seeds = graphs.map { URL(fileURLWithPath: $0).appendingPathComponent("../../shared/seeds").standardized.path }
        return explicit + graphs + seeds
    }

    /// Loads the chosen graph, or prints every problem to standard error and exits with status 2.
    func load() throws -> GraphStore { try loadGraph().store }

    /// `load()`, telling whether the graph came from its snapshot.
    func loadGraph() throws -> LoadedGraph {
        if empty { return LoadedGraph(store: GraphStore(), notes: [], fromSnapshot: false) }
        guard let folders = GraphLocation.folders(explicit: folders) else {
            FileHandle.standardError.write(Data("tradegraph: no graph folder found; give one with --graph DIR or TRADEGRAPH_GRAPH\n".utf8))
            throw ExitStatus.unusable
        }
        do {
            let loaded = try GraphLoader.load(folders: folders, cache: noCache ? nil : SnapshotCache.standard())
            for note in loaded.notes { FileHandle.standardError.write(Data("tradegraph: note: \(note)\n".utf8)) }
            return loaded
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitStatus.unusable
        }
    }
}
