import GraphModel
import QueryLexer

/// Any failure of a statement — syntax, meaning or run time — at its place, rendered as the file:line:column
/// message followed by the offending line and a caret, as psql and cypher-shell show it.
public struct StatementError: LocatedError, Equatable {
    /// The stage that found the problem.
    public enum Kind: String, Sendable {
        case syntax, semantic, runtime
    }

    /// Which stage found it.
    public let kind: Kind
    /// Where.
    public let location: SourceLocation
    /// What is wrong.
    public let message: String
    /// The message, the line and a caret.
    public let rendered: String

    /// Wraps a located error, taking the offending line from the statement's text.
    init(_ kind: Kind, location: SourceLocation, message: String, statement: String, start: SourceLocation) {
        self.kind = kind
        self.location = location
        self.message = message
        let lines = statement.split(separator: "\n", omittingEmptySubsequences: false)
        let index = location.line - start.line
        let line = lines.indices.contains(index) ? String(lines[index]) : ""
        let lineColumn = index == 0 ? start.column : 1
        // SyntaxError already knows how to place a caret under wide characters; reuse its rendering.
        rendered = SyntaxError(message: message, location: location, sourceLine: line, sourceLineColumn: lineColumn).rendered
    }

    /// Wraps a syntax error, which carries its own line.
    init(_ error: SyntaxError) {
        kind = .syntax
        location = error.location
        message = error.message
        rendered = error.rendered
    }
}
