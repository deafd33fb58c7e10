import GraphModel
import QueryExecutor

/// Tab-separated values for line tools (`cut`, `awk`, `sort`): a header line, then one line per row, with
/// tab, newline, carriage return and backslash written as `\t`, `\n`, `\r` and `\\` (PostgreSQL's text
/// format), so a row is always exactly one line and a field never contains a separator. `null` is an empty
/// field, which tools treat as missing.
struct TSVRenderer {
    /// How values become field text.
    let text: ValueText

    /// The document, every line ending in a newline; nothing for a result without columns.
    func render(_ result: QueryResult) -> String {
        guard !result.columns.isEmpty else { return "" }
        let header = Self.line(result.columns)
        return header + result.rows.map { row in Self.line(row.map { $0.isNull ? "" : text.cell($0) }) }.joined()
    }

    private static func line(_ fields: [String]) -> String {
        fields.map(escaped).joined(separator: "\t") + "\n"
    }

    private static func escaped(_ field: String) -> String {
        var out = ""
        for scalar in field.unicodeScalars {
            switch scalar {
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
