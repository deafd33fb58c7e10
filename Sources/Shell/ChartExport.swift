import Charts
import GraphModel

/// `:export chart FILE [--type bar|line] [--title T] QUERY`: the chart `:chart` draws, as a file chosen by
/// its extension — `.svg` or `.png` drawn by gnuplot, `.gp` the gnuplot script with its data inline.
/// Read and run for `:export`, whose first word chooses it.
struct ChartExport: Equatable, Sendable {
    /// The word after `:export`.
    static let kind = "chart"
    static let usage = ":export chart FILE [--type bar|line] [--title T] QUERY"

    let path: String
    let type: ChartKind
    let title: String?
    let query: String
    let location: SourceLocation

    /// Reads the arguments after `chart`.
    init(_ arguments: inout CommandArguments) throws(ShellError) {
        path = try arguments.required("a file name (.svg, .png or .gp)", usage: Self.usage)
        do { _ = try ChartFile.kind(of: path) } catch { throw .failed(error.description) }
        var type = ChartKind.bar, title: String?
        while let option = arguments.peek, option.hasPrefix("--") {
            _ = try arguments.word()
            switch option {
            case "--type":
                guard let word = try arguments.word(), let kind = ChartKind(rawValue: word.lowercased()) else {
                    throw .failed("--type expects \(ChartKind.allCases.map(\.rawValue).joined(separator: " or "))")
                }
                type = kind
            case "--title":
                guard let word = try arguments.word(), !word.isEmpty else { throw .failed("--title expects a title") }
                title = word
            default:
                throw .failed("unknown option '\(option)'\(Suggestion.hint(for: option, among: ["--type", "--title"])); "
                    + "usage: \(Self.usage)")
            }
        }
        self.type = type
        self.title = title
        location = arguments.location
        query = arguments.rest()
        guard !query.isEmpty else { throw .failed("missing the query to chart; usage: \(Self.usage)") }
    }

    /// Creates the export from its parts.
    init(path: String, type: ChartKind = .bar, title: String? = nil, query: String, location: SourceLocation) {
        self.path = path
        self.type = type
        self.title = title
        self.query = query
        self.location = location
    }

    /// Runs the query and writes the chart.
    func run(in session: ShellSession) throws(ShellError) {
        let data = try ChartCommand.data(query, at: location, in: session)
        do {
            let warnings = try ChartFile.write(GnuplotScript(data, kind: type, title: title), to: path)
            warnings.forEach(session.warn)
        } catch {
            throw .failed(error.description)
        }
        session.note("Wrote a \(type.rawValue) chart of \(data.labels.count) rows and \(data.series.count) series to \(path)")
    }
}
