/// `:history`: the statements and commands run in this session, numbered, oldest first.
struct HistoryCommand: ShellCommand {
    static let name = "history"
    static let usage = ":history"
    static let summary = "recent statements and commands"

    init(_ arguments: inout CommandArguments) throws(ShellError) {
        try arguments.expectEnd(usage: Self.usage)
    }

    init() {}

    func run(in session: ShellSession) throws(ShellError) {
        let width = String(session.history.count).count
        let lines = session.history.enumerated().map { index, entry in
            let number = String(index + 1)
            let indent = String(repeating: " ", count: width + 2)
            return String(repeating: " ", count: width - number.count) + number + "  "
                + entry.replacingOccurrences(of: "\n", with: "\n" + indent)
        }
        try session.emit(lines.map { $0 + "\n" }.joined())
    }
}
