import Foundation

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

    /// Creates a console from its parts.
    public init(standardOutput: @escaping (String) -> Void, standardError: @escaping (String) -> Void,
                outputIsTerminal: Bool = false, errorIsTerminal: Bool = false, colourAllowed: Bool = false) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.outputIsTerminal = outputIsTerminal
        self.errorIsTerminal = errorIsTerminal
        self.colourAllowed = colourAllowed
    }

    /// The process's own standard output and error.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> Console {
        Console(standardOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
                standardError: { FileHandle.standardError.write(Data($0.utf8)) },
                outputIsTerminal: isatty(STDOUT_FILENO) == 1, errorIsTerminal: isatty(STDERR_FILENO) == 1,
                colourAllowed: (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb")
    }
}
