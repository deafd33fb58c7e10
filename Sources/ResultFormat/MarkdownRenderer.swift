import GraphModel
import QueryExecutor

/// A GitHub-flavoured Markdown table, to paste a result into notes and issues. Columns of numbers get a
/// right-aligned delimiter (`---:`) so they render as in the terminal table; `|` in a cell is escaped as
/// `\|` and line breaks become `<br>`, the only ways to keep a cell inside its row. Cells are not padded:
/// the table is meant to be rendered, not read raw.
struct MarkdownRenderer {
    /// How values become cell text.
    let text: ValueText

    /// The table, every line ending in a newline; nothing for a result without columns.
    func render(_ result: QueryResult) -> String {
        guard !result.columns.isEmpty else { return "" }
        let delimiters = ColumnAlignment.of(result).map { $0 == .right ? "---:" : "---" }
        let header = Self.line(result.columns.map(Self.escaped)) + Self.line(delimiters)
        return header + result.rows.map { row in Self.line(row.map { Self.escaped(text.cell($0)) }) }.joined()
    }

    private static func line(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |\n"
    }

    private static func escaped(_ cell: String) -> String {
        cell.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.replacing("|", with: "\\|") }
            .joined(separator: "<br>")
    }
}
