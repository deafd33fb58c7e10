/// `:quit`, `:exit`: leave the prompt, or stop a script where it stands (with the status it has so far).
struct QuitCommand: ShellCommand {
    static let name = "quit"
    static let aliases = ["exit"]
    static let usage = ":quit"
    static let summary = "leave (also :exit)"

    init(_ arguments: inout CommandArguments) throws(ShellError) {
        try arguments.expectEnd(usage: Self.usage)
    }

    init() {}

    func run(in session: ShellSession) throws(ShellError) {
        session.quitRequested = true
    }
}
