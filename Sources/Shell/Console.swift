import Foundation
import Synchronization

/// Where the session writes, and what kind of thing each stream is. Kept as closures so tests capture the
/// text, and so the decision "colour or not" is made from facts about the streams, never guessed.
public struct Console {
    /// Writes to standard output.
    public var standardOutput: (String) -> Void
    /// Writes to standard error.
    public var standardError: (String) -> Void
    /// Whether standard output is a terminal (tables by default, colour allowed).
    public var outputIsTerminal: Bool
    /// Whether standard error is a terminal (coloured messages allowed).
    public var errorIsTerminal: Bool
    /// False when the user opted out of colour (`NO_COLOR` set, see no-color.org).
    public var colourAllowed: Bool
    /// Whether standard output has failed (a full disk, a closed terminal): the session then stops running
    /// anything, since every later result would be lost too, and the program exits with status 1.
    public var outputFailed: () -> Bool
    /// The screen's width in cells when known: the terminal's, else `$COLUMNS`; asked each time, since a
    /// terminal window can be resized between statements.
    public var columns: () -> Int?

    /// Creates a console from its parts.
    public init(standardOutput: @escaping (String) -> Void, standardError: @escaping (String) -> Void,
                outputIsTerminal: Bool = false, errorIsTerminal: Bool = false, colourAllowed: Bool = false,
                outputFailed: @escaping () -> Bool = { false }, columns: @escaping () -> Int? = { nil }) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.outputIsTerminal = outputIsTerminal
        self.errorIsTerminal = errorIsTerminal
        self.colourAllowed = colourAllowed
        self.outputFailed = outputFailed
        self.columns = columns
    }

    /// The process's own standard output and error.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> Console {
        Console(standardOutput: writeStandardOutput,
                standardError: { _ = DescriptorWriter.write($0, to: STDERR_FILENO) },
                outputIsTerminal: isatty(STDOUT_FILENO) == 1, errorIsTerminal: isatty(STDERR_FILENO) == 1,
                colourAllowed: (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb",
                outputFailed: { standardOutputFailed.load(ordering: .acquiring) },
                columns: { terminalColumns() ?? environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil } })
    }

    /// Results that cannot be written (standard output on a full disk) make every later one pointless, and
    /// the caller must not mistake a truncated output for a complete one: say why once, drop what follows,
    /// and let the session stop, so that the program exits with status 1 as other command-line tools do.
    /// (It used to `exit(1)` here, deep inside a statement, which skipped every clean-up on the way out and
    /// left the whole session alive at exit, where LeakSanitizer took what it cannot follow for leaks.)
    /// The width of the terminal on standard output, from the kernel; `nil` when it is no terminal.
    private static func terminalColumns() -> Int? {
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    private static func writeStandardOutput(_ text: String) {
        guard !standardOutputFailed.load(ordering: .acquiring) else { return }
        guard let failure = DescriptorWriter.write(text, to: STDOUT_FILENO) else { return }
        standardOutputFailed.store(true, ordering: .releasing)
        _ = DescriptorWriter.write("tradegraph: cannot write to standard output: \(DescriptorWriter.reason(failure))\n",
                                   to: STDERR_FILENO)
    }

    /// Set once a write to the process's standard output has failed; there is one standard output.
    private static let standardOutputFailed = Atomic<Bool>(false)
}
