/// `:output FILE` sends results to a file (truncated now, appended to by each later result, as psql's `\o`);
/// `:output` alone sends them back to the screen. Errors, warnings and footers stay on the screen.
struct OutputCommand: ShellCommand {
    static let name = "output"
    static let usage = ":output [FILE]"
    static let summary = "send results to a file (truncated, then appended to); alone, back to the screen"

    /// The file; `nil` for the screen.
    let path: String?

    init(_ arguments: inout CommandArguments) throws(ShellError) {
        path = try arguments.word()
        try arguments.expectEnd(usage: Self.usage)
    }

    init(path: String?) { self.path = path }

    func run(in session: ShellSession) throws(ShellError) {
        try session.redirectOutput(to: path)
    }
}
