import Foundation

/// Where the graph comes from when no `--graph` is given: `TRADEGRAPH_GRAPH`, else the bundled `Graph/` found
/// by walking up from the working directory and then from the executable (which lives in `.build/<config>/`),
/// so `tradegraph` finds its graph wherever it is started from.
enum GraphLocation {
    /// The folders to load.
    static func folders(explicit: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> [String]? {
        if !explicit.isEmpty { return explicit }
        if let named = environment["TRADEGRAPH_GRAPH"], !named.isEmpty { return [named] }
        return bundled().map { [$0] }
    }

    /// The bundled graph folder, if one can be found.
    static func bundled() -> String? {
        // The executable's real place (`/proc/self/exe` on Linux), not `argv[0]`, which a shell may give bare.
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        let starts = [FileManager.default.currentDirectoryPath,
                      executable.resolvingSymlinksInPath().deletingLastPathComponent().path]
        for start in starts {
            var directory = URL(fileURLWithPath: start)
            while true {
                let candidate = directory.appendingPathComponent("Graph")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("sources.csv").path) {
                    return candidate.path
                }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return nil
    }
}
