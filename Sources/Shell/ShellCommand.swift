/// A `:` command of the prompt. Each command is its own small type that reads its arguments once, up front,
/// so a malformed command fails before it does anything, and `:help` is generated from the same
/// declarations that parsing uses.
protocol ShellCommand: Equatable, Sendable {
    /// The name after the colon.
    static var name: String { get }
    /// Other names for the same command (`:exit` for `:quit`).
    static var aliases: [String] { get }
    /// How to call it, for usage messages and `:help`.
    static var usage: String { get }
    /// One line on what it does.
    static var summary: String { get }

    /// Reads the arguments.
    init(_ arguments: inout CommandArguments) throws(ShellError)

    /// Does it.
    func run(in session: ShellSession) throws(ShellError)
}

extension ShellCommand {
    /// Most commands have one name.
    static var aliases: [String] { [] }
}
