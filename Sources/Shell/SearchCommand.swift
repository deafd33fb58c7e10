import GraphModel
import QueryExecutor

/// `:search TEXT`: entities whose names, Chinese names or aliases match, best first (see `EntitySearch`), as
/// a result in the session's format.
struct SearchCommand: ShellCommand {
    static let name = "search"
    static let usage = ":search TEXT"
    static let summary = "entities whose names or aliases match, English or Chinese, best first"

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
        let rows = EntitySearch(store: store).matches(for: text, limit: Self.limit).map { match -> [Value] in
            let name = EntityName(node: match.node, store: store).text
            return [.string(name), store.property("name_zh", of: match.node), .string(store.labels(of: match.node).joined(separator: ":")),
                    store.property("id", of: match.node), match.matched == name ? .null : .string(match.matched),
                    .string(match.rank.description)]
        }
        try session.show(QueryResult(columns: ["name", "name_zh", "label", "id", "matched", "match"], rows: rows))
    }
}
