import Foundation

/// Runs the optional programs pictures are rendered with (Graphviz's `dot`, gnuplot): found on `PATH`,
/// their warnings collected, so that each renderer says in its own words what is missing or what failed.
public enum ExternalTool {
    /// The path of an executable in `:`-separated folders, or `nil`.
    public static func find(_ name: String, in folders: String) -> String? {
        folders.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name).path }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `executable` with `arguments` and waits: its exit status and what it printed on standard error,
    /// one entry per line. `cannotStart` turns the reason a program could not be started into the caller's error.
    public static func run<Failure: Error>(_ executable: String, _ arguments: [String],
                                           cannotStart: (String) -> Failure) throws(Failure) -> (Int32, [String]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw cannotStart("cannot start \(executable): \(error.localizedDescription)")
        }
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
        return (process.terminationStatus, lines)
    }
}
