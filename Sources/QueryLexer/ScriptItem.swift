import GraphModel

/// One thing to run from a script or from typed input: a statement for the parser, or a prompt command for
/// the shell. Both carry where they start so that errors name the script's own line and column.
public enum ScriptItem: Equatable, Sendable {
    /// A Cypher statement without its `;`, starting at its first token.
    case statement(text: String, location: SourceLocation)
    /// A line such as `:format csv`, trimmed, without a trailing `;`.
    case command(text: String, location: SourceLocation)
}
