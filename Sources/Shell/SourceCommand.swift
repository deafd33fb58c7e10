/// `:source FILE`: runs a saved script of statements and commands in this session. Its errors name the
/// script and its line; it stops at the first failure unless the session continues on errors. A relative
/// path is relative to the current directory (as psql's `\i`), not to the script that sources it.
struct SourceCommand: ShellCommand {
    static let name = "source"
    static let usage = ":source FILE"
    static let summary = "run a script of statements and commands; errors name the file and line"

    /// The script.
    let path: String

    init(_ arguments: inout CommandArguments) throws(ShellError) {
        path = try arguments.required("a file name", usage: Self.usage)
        try arguments.expectEnd(usage: Self.usage)
    }

    init(path: String) { self.path = path }

    func run(in session: ShellSession) throws(ShellError) {
        guard session.sourceDepth < ShellSession.sourceDepthLimit else {
            throw .failed("scripts source each other more than \(ShellSession.sourceDepthLimit) deep; is there a loop?")
        }
        let text: String
        switch ScriptFile.text(path) {
        case .failure(let failure): throw .failed("cannot read '\(path)': \(failure.reason)")
        case .success(nil): throw .failed("'\(path)' is not UTF-8 text")
        case .success(let read?): text = read
        }
        session.sourceDepth += 1
        defer { session.sourceDepth -= 1 }
        guard session.run(script: text, file: path) else { throw .alreadyReported }
    }
}
