/// What one call to ``LineEditor/readStatement(prompt:continuationPrompt:isComplete:)`` produced, so that
/// the caller's loop can tell a statement to run from a cancelled line and from the end of the session.
public enum ReadResult: Equatable, Sendable {
    /// A complete statement or command, its lines joined with `"\n"`, without the final newline.
    case statement(String)
    /// Ctrl-C while typing: what was typed (including earlier continuation lines) is discarded; call
    /// `readStatement` again to show a fresh prompt.
    case interrupted
    /// Ctrl-D on an empty first line, or the end of the input: the session should end with status 0.
    case endOfInput
}
