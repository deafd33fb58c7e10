import GraphModel
import QueryExecutor

/// RFC 4180 comma-separated values for spreadsheets: a header row, then one record per row. A field is quoted
/// when it holds a comma, a double quote, CR or LF, with quotes doubled. Records end in LF rather than the
/// RFC's CRLF, as psql's and cypher-shell's CSV do, since every reader accepts both. `null` is an empty
/// field and the empty string a quoted `""`, psql's convention, so the two stay apart.
struct CSVRenderer {
    /// How values become field text.
    let text: ValueText

    /// The document, every record ending in a newline; nothing for a result without columns.
    func render(_ result: QueryResult) -> String {
        guard !result.columns.isEmpty else { return "" }
        let header = Self.record(result.columns.map(Self.quotedIfNeeded))
        return header + result.rows.map { Self.record($0.map(field)) }.joined()
    }

    private func field(_ value: Value) -> String {
        switch value {
        case .null: return ""
        case .string(let string) where string.isEmpty: return "\"\""
        default: return Self.quotedIfNeeded(text.cell(value))
        }
    }

    private static func record(_ fields: [String]) -> String {
        fields.joined(separator: ",") + "\n"
    }

    /// Scalars, not characters, are tested, because Swift treats CR LF as one character that equals neither.
    private static func quotedIfNeeded(_ field: String) -> String {
        let special = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        return special ? "\"" + field.replacing("\"", with: "\"\"") + "\"" : field
    }
}
