import GraphModel
import QueryExecutor

/// `:params`: every `$parameter` with its value, as a result in the session's format.
struct ParamsCommand: ShellCommand {
    static let name = "params"
    static let usage = ":params"
    static let summary = "list the $parameters"

    init(_ arguments: inout CommandArguments) throws(ShellError) {
        try arguments.expectEnd(usage: Self.usage)
    }

    init() {}

    func run(in session: ShellSession) throws(ShellError) {
        let rows = session.engine.parameters.sorted { $0.key < $1.key }.map { [Value.string("$" + $0.key), $0.value] }
        try session.show(QueryResult(columns: ["name", "value"], rows: rows))
    }
}
