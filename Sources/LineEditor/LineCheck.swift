/// What the prompt does with the lines typed so far, decided by the shell after each Enter: run them, ask
/// for another line, or set them aside with a note (a first line that is a command word without its `:`).
public enum LineCheck: Equatable, Sendable {
    /// The statement is complete: return it.
    case complete
    /// Read another line, after printing `note` when there is one (a reminder that statements end with `;`).
    case incomplete(note: String?)
    /// Drop the lines, print `note`, and start a new statement.
    case discard(note: String)
}
