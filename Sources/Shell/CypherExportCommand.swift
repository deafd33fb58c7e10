import CypherExport
import DOTExport
import GraphModel

/// `:export cypher FILE [QUERY]`: the session's graph, or the nodes and relationships a query returns (with
/// the ends of each relationship), as a script of batched `UNWIND ... CREATE` statements that Neo4j,
/// Memgraph and FalkorDB run unchanged — the way to a server engine that keeps the queries.
struct CypherExportCommand: Equatable, Sendable {
    static let usage = ":export cypher FILE [QUERY]"

    /// The script file.
    let path: String
    /// The query whose elements to export, and where it starts; `nil` for the whole graph.
    let query: (text: String, location: SourceLocation)?

    /// Reads `FILE [QUERY]`, after the word `cypher`.
    init(_ arguments: inout CommandArguments) throws(ShellError) {
        path = try arguments.required("a file name", usage: Self.usage)
        let location = arguments.location, text = arguments.rest()
        query = text.allSatisfy(\.isWhitespace) ? nil : (text, location)
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.path == rhs.path && lhs.query?.text == rhs.query?.text && lhs.query?.location == rhs.query?.location
    }

    func run(in session: ShellSession) throws(ShellError) {
        let store = session.store
        let subgraph: Subgraph
        if let query {
            do {
                let result = try session.engine.run(query.text, file: query.location.file, start: query.location)
                result.warnings.forEach(session.warn)
                subgraph = Subgraph.of(result, in: store)
            } catch {
                throw .statement(error)
            }
            guard !subgraph.isEmpty else {
                throw .failed("nothing to export: the query returned no nodes, relationships or paths (RETURN them, not their properties)")
            }
        } else {
            subgraph = Subgraph(nodes: store.nodes, relationships: store.relationships, in: store)
        }
        let script = CypherScript(store: store, nodes: subgraph.nodes, relationships: subgraph.relationships)
        if !script.omittedKeys.isEmpty {
            session.warn("left out values no server engine stores as a property (NaN, infinities, lists mixing types) of: "
                         + script.omittedKeys.joined(separator: ", "))
        }
        do { try DOTFile.write(script.text, to: path) } catch { throw .failed(error.description) }
        session.note("Wrote \(script.nodeCount) nodes and \(script.relationshipCount) relationships to \(path) as Cypher")
    }
}
