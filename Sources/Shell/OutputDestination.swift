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
    case file(path: String, descriptor: Int32)

    /// Opens (creating or truncating) a file for results. The file is opened in place, never replaced, so
    /// a device such as `/dev/null` stays a device even for root.
    static func open(_ path: String) throws(ShellError) -> OutputDestination {
        let descriptor = Foundation.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .failed("cannot write '\(path)': \(DescriptorWriter.reason(errno))") }
        return .file(path: path, descriptor: descriptor)
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
        case .file(let path, let descriptor):
            if let failure = DescriptorWriter.write(text, to: descriptor) {
                throw .failed("cannot write results to '\(path)': \(DescriptorWriter.reason(failure))")
            }
        }
    }

    /// Closes a file; nothing for the screen.
    func close() {
        if case .file(_, let descriptor) = self { Foundation.close(descriptor) }
    }
}
