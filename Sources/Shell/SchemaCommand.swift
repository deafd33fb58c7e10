import GraphModel
import QueryExecutor

/// `:schema`: the labels, relationship types and property keys in use, with counts, as a result in the
/// session's format (so `--format json -c :schema` gives a program the same facts).
struct SchemaCommand: ShellCommand {
    static let name = "schema"
    static let usage = ":schema"
    static let summary = "labels, relationship types and property keys, with counts"

    init(_ arguments: inout CommandArguments) throws(ShellError) {
        try arguments.expectEnd(usage: Self.usage)
    }

    init() {}

    func run(in session: ShellSession) throws(ShellError) {
        let store = session.store
        let sections = [("label", store.labelCounts), ("relationship type", store.relationshipTypeCounts),
                        ("property key", store.propertyKeyCounts)]
        let rows = sections.flatMap { kind, counts in
            counts.map { [Value.string(kind), .string($0.name), .int(Int64($0.count))] }
        }
        try session.show(QueryResult(columns: ["kind", "name", "count"], rows: rows))
    }
}
