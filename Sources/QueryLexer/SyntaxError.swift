import GraphModel

/// A statement that cannot be read. It carries the offending line so that the message can show the spot the
/// way compilers and cypher-shell do, without the caller having to keep the source around.
public struct SyntaxError: LocatedError, Equatable {
    /// Where the problem starts.
    public var location: SourceLocation
    /// What was expected, in the user's terms.
    public var message: String
    /// The text of the line holding `location`, without its line break. When a statement starts part-way
    /// through a line (after an earlier `;`), this is only the statement's part of it.
    public var sourceLine: String
    /// The column at which `sourceLine` starts, so that the caret lands under `location` even when the line
    /// shown is only part of the file's line.
    public var sourceLineColumn: Int

    /// Creates an error; without a source line, `rendered` is a single line.
    public init(message: String, location: SourceLocation, sourceLine: String = "", sourceLineColumn: Int = 1) {
        self.message = message
        self.location = location
        self.sourceLine = sourceLine
        self.sourceLineColumn = sourceLineColumn
    }

    /// `file:line:column: message`, the line, and a caret under the column: what a user needs to fix the
    /// statement at a glance. Wide (East Asian) characters take two cells, and tabs are copied, so the caret
    /// lines up in a terminal.
    public var rendered: String {
        let header = description
        if sourceLine.isEmpty && location.column <= sourceLineColumn { return header }
        var caret = ""
        let skip = max(0, location.column - sourceLineColumn)
        for scalar in sourceLine.unicodeScalars.prefix(skip) {
            caret += scalar == "\t" ? "\t" : String(repeating: " ", count: TerminalWidth.of(scalar))
        }
        caret += String(repeating: " ", count: max(0, skip - sourceLine.unicodeScalars.count)) + "^"
        return header + "\n" + sourceLine + "\n" + caret
    }
}
