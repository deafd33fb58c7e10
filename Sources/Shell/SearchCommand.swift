import GraphModel
import QueryExecutor

/// `:search TEXT`: entities whose names, Chinese names or aliases match, best first (see `EntitySearch`), as
/// a result in the session's format.
struct SearchCommand: ShellCommand {
    static let name = "search"
    static let usage = ":search TEXT"
    static let summary = "entities whose names match and figures whose evidence or note mentions every word, best first"

    /// The most entities listed.
    static let limit = 20

    /// What to look for.
    let text: String

    init(_ arguments: inout CommandArguments) throws(ShellError) {
        text = arguments.restUnquoted()
        guard !text.isEmpty else { throw .failed("missing the text to look for; usage: \(Self.usage)") }
    }

    init(text: String) { self.text = text }

    func run(in session: ShellSession) throws(ShellError) {
        let store = session.store
        let entities = EntitySearch(store: store).matches(for: text, limit: Self.limit)
        let figures = FigureSearch(store: store).matches(for: text, limit: Self.limit)
        guard !entities.isEmpty || !figures.isEmpty else {
            let sources = store.count(labeled: "Source")
            session.note("no entity or figure mentions '\(text)' in the \(sources) source\(sources == 1 ? "" : "s")"
                         + " (names, aliases, Chinese names, figures' evidence and notes were searched)")
            return
        }
        if !entities.isEmpty {
            try session.show(QueryResult(columns: ["name", "name_zh", "label", "id", "matched", "match"], rows: entities.map { match in
                [.string(EntityName(node: match.node, store: store).text), store.property("name_zh", of: match.node),
                 .string(store.labels(of: match.node).joined(separator: ":")), store.property("id", of: match.node),
                 .string(match.matched), .string(match.rank.description)]
            }))
        }
        if !figures.isEmpty {
            try session.show(QueryResult(columns: ["id", "figure", "matched", "match"], rows: figures.map { match in
                [store.property("id", of: match.node), FigureStatement(measurement: match.node, store: store).map { .string($0.text) } ?? .null,
                 .string(match.matched), .string(match.rank.description)]
            }))
        }
    }
}
