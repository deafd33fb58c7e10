import DOTExport
import GraphModel

/// `:export dot FILE QUERY` writes the nodes and relationships a query returns as a Graphviz DOT file;
/// `:export dot FILE --around NAME [--depth N]` writes one entity's neighbourhood (depth 1 by default).
/// Options, before or after the query: `--fold` (measurements as edge and node labels), `--clusters` (a box per
/// label), `--direction LR|TB|RL|BT`, `--max-nodes N`, `--render svg|png` (run Graphviz on the file),
/// `--group entity|period|metric|none` (how more than `DOTOptions.defaultGroupAbove` figures are gathered;
/// a neighbourhood folds them into its entities' labels unless told otherwise).
/// `:export chart FILE ...` is `ChartExport`'s.
struct ExportCommand: ShellCommand {
    static let name = "export"
    static let usage = ":export dot FILE QUERY [--OPTIONS] | --around NAME; :export chart|cypher"
    static let summary = "write a query's nodes and relationships, or an entity's neighbourhood, as Graphviz DOT "
        + "(options: --fold --group entity|period|metric|none --clusters --direction LR|TB|RL|BT --max-nodes N "
        + "--render svg|png); a result as a chart (--type bar|line --title T; .svg, .png, .gp); the graph or a "
        + "query's subgraph as an openCypher script for other engines"

    /// What to draw.
    enum Target: Equatable {
        /// The elements a query returns; its text and where it starts.
        case query(String, SourceLocation)
        /// An entity and everything within `depth` hops.
        case around(String, depth: Int)
    }

    /// The DOT file.
    let path: String
    let target: Target
    let options: DOTOptions
    /// A picture to render from the file, if asked for.
    let render: DOTRenderer.Format?
    /// `:export chart ...` instead of DOT.
    let chart: ChartExport?
    /// `:export cypher`, which the DOT fields do not concern.
    private(set) var cypher: CypherExportCommand?

    init(_ arguments: inout CommandArguments) throws(ShellError) {
        if arguments.peek?.lowercased() == ChartExport.kind, try arguments.word() != nil {
            let chart = try ChartExport(&arguments)
            self.init(path: chart.path, target: .query(chart.query, chart.location), chart: chart)
            return
        }
        if arguments.peek?.lowercased() == "cypher", try arguments.word() != nil {
            self.init(path: "", target: .around("", depth: 0))
            cypher = try CypherExportCommand(&arguments)
            return
        }
        guard let kind = try arguments.word(), kind.lowercased() == "dot" else {
            throw .failed("export 'dot' (Graphviz), 'chart' (gnuplot) or 'cypher' (a script for other engines); usage: \(Self.usage)")
        }
        let path = try arguments.required("a file name", usage: Self.usage)
        var parsed = ExportOptions()
        while let option = arguments.peek, option.hasPrefix("--") {
            _ = try arguments.word()
            try parsed.read(option, from: &arguments)
        }
        let location = arguments.location
        let (query, trailing) = ExportOptions.splitTrailing(arguments.rest())
        var after = CommandArguments(trailing, start: location)
        while let option = try after.word() { try parsed.read(option, from: &after) }
        let (target, options, render) = try parsed.finish(query: location, text: query)
        self.init(path: path, target: target, options: options, render: render)
    }

    init(path: String, target: Target, options: DOTOptions = DOTOptions(), render: DOTRenderer.Format? = nil,
         chart: ChartExport? = nil) {
        self.path = path
        self.target = target
        self.options = options
        self.render = render
        self.chart = chart
    }

    func run(in session: ShellSession) throws(ShellError) {
        if let chart { return try chart.run(in: session) }
        if let cypher { return try cypher.run(in: session) }
        let subgraph = try self.subgraph(in: session)
        guard !subgraph.isEmpty else {
            throw .failed("nothing to export: the query returned no nodes, relationships or paths (RETURN them, not their properties)")
        }
        do {
            let document = try DOTWriter(store: session.store, options: options).document(for: subgraph)
            try DOTFile.write(document.text, to: path)
            var done = "Wrote \(document.nodeCount) nodes and \(document.edgeCount) edges to \(path)"
            if let render {
                let picture = try DOTRenderer.render(dotFile: path, format: render)
                picture.warnings.forEach(session.warn)
                done += "; rendered \(picture.path)"
            }
            session.note(done)
        } catch {
            throw .failed(error.description)
        }
    }

    private func subgraph(in session: ShellSession) throws(ShellError) -> Subgraph {
        switch target {
        case .query(let text, let location):
            do {
                let result = try session.engine.run(text, file: location.file, start: location)
                result.warnings.forEach(session.warn)
                return Subgraph.of(result, in: session.store)
            } catch {
                throw .statement(error)
            }
        case .around(let name, let depth):
            let node = try EntityFinder(store: session.store).entity(named: name)
            return Subgraph.around(node, depth: depth, in: session.store)
        }
    }
}
