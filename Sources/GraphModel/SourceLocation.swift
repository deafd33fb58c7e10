/// A place in a file or in a typed statement, 1-based, so that every message can say where it happened.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file the text came from; `nil` for text typed at the prompt or given with `-c`.
    public var file: String?
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, counted in characters (a Chinese character is one column here).
    public var column: Int

    /// Creates a location.
    public init(file: String? = nil, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, or `line:column` without a file — the form compilers use, so editors can jump to it.
    public var description: String {
        if let file { return "\(file):\(line):\(column)" }
        return "\(line):\(column)"
    }
}

/// An error that knows where it happened and renders itself as `location: message`.
public protocol LocatedError: Error, CustomStringConvertible, Sendable {
    /// Where the problem is.
    var location: SourceLocation { get }
    /// What is wrong, and where possible what was meant.
    var message: String { get }
}

extension LocatedError {
    /// `file:line:column: message`.
    public var description: String { "\(location): \(message)" }
}
