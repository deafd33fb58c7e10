import Charts
import GraphModel
import QueryExecutor

/// `:chart [bar|line] QUERY` draws the query's result in the terminal: the first column gives the labels,
/// each numeric column after it a series (bars by default). A unit column (`m.unit AS unit`) and a
/// qualifier column (`m.approx AS approx`) make the values read as amounts (`over 7.55 trillion yuan`).
struct ChartCommand: ShellCommand {
    static let name = "chart"
    static let usage = ":chart [bar|line] QUERY"
    static let summary = "draw a query's result as bars or a line in the terminal: labels first, then numeric "
        + "columns, a unit column for amounts (m.value AS value, m.unit AS unit)"

    let kind: ChartKind
    let query: String
    let location: SourceLocation

    init(_ arguments: inout CommandArguments) throws(ShellError) {
        if let word = arguments.peek, let kind = ChartKind(rawValue: word.lowercased()) {
            _ = try arguments.word()
            self.kind = kind
        } else {
            kind = .bar
        }
        location = arguments.location
        query = arguments.rest()
        guard !query.isEmpty else { throw .failed("missing the query to chart; usage: \(Self.usage)") }
    }

    /// Creates the command from its parts.
    init(kind: ChartKind = .bar, query: String, location: SourceLocation) {
        self.kind = kind
        self.query = query
        self.location = location
    }

    func run(in session: ShellSession) throws(ShellError) {
        let data = try Self.data(query, at: location, in: session)
        let width = TerminalColumns.current(outputIsTerminal: session.console.outputIsTerminal && session.output.isConsole)
        try session.emit(TerminalChart.render(data, kind: kind, width: width, colour: session.outputPalette.enabled))
    }

    /// Runs a query and reads its result as chart data; shared with `:export chart`.
    static func data(_ query: String, at location: SourceLocation, in session: ShellSession) throws(ShellError) -> ChartData {
        let result: QueryResult
        do {
            result = try session.engine.run(query, file: location.file, start: location)
        } catch {
            throw .statement(error)
        }
        result.warnings.forEach(session.warn)
        do { return try ChartData(result) } catch { throw .failed(error.description) }
    }
}
