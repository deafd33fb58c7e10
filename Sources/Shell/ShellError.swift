import GraphModel
import QueryExecutor

/// Why a statement or a `:` command failed. Rendered as `file:line:column: message` (the item's place unless
/// the error knows a more precise one), then any detail lines, so every failure at the prompt or in a script
/// reads the same way and an editor can jump to it.
public enum ShellError: Error, Equatable, CustomStringConvertible {
    /// A command could not do what was asked. `detail` lines follow the message (candidates, load errors).
    case failed(_ message: String, detail: [String] = [])
    /// A statement failed; it carries its own place and caret.
    case statement(StatementError)
    /// A script run by `:source` failed; its errors were reported as they happened.
    case alreadyReported

    /// The text for standard error, or `nil` when there is nothing more to say.
    public func rendered(at location: SourceLocation) -> String? {
        switch self {
        case .failed(let message, let detail):
            return ([location.description + ": " + message] + detail).joined(separator: "\n")
        case .statement(let error):
            return error.rendered
        case .alreadyReported:
            return nil
        }
    }

    /// The message and detail without a place, for failures that belong to no script line (`--output`).
    public var description: String {
        switch self {
        case .failed(let message, let detail): return ([message] + detail).joined(separator: "\n")
        case .statement(let error): return error.rendered
        case .alreadyReported: return "failed"
        }
    }
}
