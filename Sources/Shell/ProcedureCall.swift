/// `CALL db.labels()` and other Neo4j procedures, which newcomers from Neo4j type first: openCypher here has
/// no procedures, so the statement is answered with the prompt command that shows the same thing instead of a
/// parse error.
enum ProcedureCall {
    /// Procedure names (lower case) and where the same answer is here.
    static let replacements: [String: String] = [
        "db.labels": ":schema lists the labels with their counts",
        "db.relationshiptypes": ":schema lists the relationship types with their counts",
        "db.propertykeys": ":schema lists the property keys",
        "db.schema.visualization": ":schema shows what the graph holds; :export dot FILE QUERY draws it",
        "db.schema.nodetypeproperties": ":schema lists labels and property keys",
        "db.schema.reltypeproperties": ":schema lists relationship types and property keys",
        "db.indexes": "indexes are built by themselves on first use; :schema shows the graph",
        "dbms.components": "tradegraph --version prints the version",
        "dbms.procedures": ":help functions lists every function; there are no procedures",
        "dbms.functions": ":help functions lists every function",
    ]

    /// The message for a statement that calls a procedure; `nil` for any other statement.
    static func message(for statement: String) -> String? {
        let words = statement.split(whereSeparator: { $0.isWhitespace || $0 == "(" })
        guard words.count >= 2, words[0].lowercased() == "call" else { return nil }
        let name = words[1].lowercased()
        let instead = replacements[name] ?? ":schema shows labels, types and keys; :help functions lists the functions"
        return "procedures such as \(words[1])() are Neo4j's, not openCypher's, and there are none here: \(instead)"
    }
}
