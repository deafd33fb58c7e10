import GraphModel
import QueryExecutor

/// `:param name => expression`: evaluates the expression now and keeps its value as `$name`, as cypher-shell
/// does, so later statements can use it.
struct ParamCommand: ShellCommand {
    static let name = "param"
    static let usage = ":param name => expression"
    static let summary = "set $name to the value of an expression"

    /// The parameter's name, without `$`.
    let parameter: String
    /// The expression's text.
    let expression: String
    /// Where the expression starts, so its errors point into the line.
    let location: SourceLocation

    init(_ arguments: inout CommandArguments) throws(ShellError) {
        _ = arguments.skip("$")
        let name = arguments.identifier()
        guard !name.isEmpty, arguments.skip("=>") else {
            throw .failed("expected a name, '=>' and an expression; usage: \(Self.usage)")
        }
        location = arguments.location
        expression = arguments.rest()
        guard !expression.isEmpty else { throw .failed("missing the expression after '=>'; usage: \(Self.usage)") }
        parameter = name
    }

    init(parameter: String, expression: String, location: SourceLocation) {
        self.parameter = parameter
        self.expression = expression
        self.location = location
    }

    func run(in session: ShellSession) throws(ShellError) {
        let prefix = "RETURN "
        let start = SourceLocation(file: location.file, line: location.line, column: location.column - prefix.count)
        do {
            let result = try session.engine.run(prefix + expression + " AS value", file: location.file, start: start)
            session.engine.parameters[parameter] = result.rows.first?.first ?? .null
        } catch {
            throw .statement(error)
        }
    }
}
