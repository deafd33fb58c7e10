import Foundation

/// Where results go: the screen, or a file chosen with `:output FILE` / `--output FILE`.
///
/// A file is opened as psql's `\o FILE` opens it: created or truncated when chosen, then every later
/// result is appended until `:output` alone switches back to the screen. It is not written atomically —
/// results stream into it as statements run, so a long session can be watched with `tail -f`.
enum OutputDestination {
    /// Standard output.
    case console
    /// An open file.
    case file(path: String, handle: FileHandle)

    /// Opens (creating or truncating) a file for results.
    static func open(_ path: String) throws(ShellError) -> OutputDestination {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw .failed("cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
        return .file(path: path, handle: handle)
    }

    /// Whether results go to the screen.
    var isConsole: Bool {
        if case .console = self { return true }
        return false
    }

    /// Writes text, to the console's standard output or to the file.
    func write(_ text: String, console: Console) throws(ShellError) {
        guard !text.isEmpty else { return }
        switch self {
        case .console:
            console.standardOutput(text)
        case .file(let path, let handle):
            do { try handle.write(contentsOf: Data(text.utf8)) } catch {
                throw .failed("cannot write results to '\(path)': \(error.localizedDescription)")
            }
        }
    }

    /// Closes a file; nothing for the screen.
    func close() {
        if case .file(_, let handle) = self { try? handle.close() }
    }
}
