import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How wide the user's terminal is: what the terminal says when standard output is one, else `$COLUMNS`
/// (which shells export, and which a script may set), else 80.
enum TerminalColumns {
    /// The width assumed when nothing says otherwise.
    static let fallback = 80

    /// The columns charts and other wide output may take.
    static func current(outputIsTerminal: Bool,
                        environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        if outputIsTerminal, let columns = terminalColumns() { return columns }
        if let text = environment["COLUMNS"], let columns = Int(text.trimmingCharacters(in: .whitespaces)), columns > 0 {
            return columns
        }
        return fallback
    }

    private static func terminalColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
