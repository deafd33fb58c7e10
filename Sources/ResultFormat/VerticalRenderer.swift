import QueryExecutor

/// One row at a time, one `column: value` line per column, as psql's `\x` and DuckDB's `.mode line` print
/// rows too wide for a table:
///
///     -[ row 1 ]-----------------
///       name: ASEAN
///      value: 7.5
///
/// Column names are right-aligned so the values start in one column; a long value wraps under itself
/// (to the screen's width when known) and line breaks in the data start new lines.
struct VerticalRenderer {
    /// How values become text.
    let text: ValueText
    /// The screen's width in cells, or `nil` when not known (then values wrap at the table's limit).
    let width: Int?

    /// Every row, a blank line between rows.
    func render(_ result: QueryResult) -> String {
        guard !result.columns.isEmpty else { return "" }
        let nameWidth = result.columns.map(DisplayWidth.of).max() ?? 0
        let valueWidth = max(20, (width ?? (nameWidth + 2 + TableRenderer.wrapWidth)) - nameWidth - 2)
        let wrapper = TextWrapper(limit: valueWidth)
        let indent = String(repeating: " ", count: nameWidth + 2)
        return result.rows.enumerated().map { number, row in
            let title = "-[ row \(number + 1) ]"
            let rule = title + String(repeating: "-", count: max(0, min(width ?? 40, 40) - DisplayWidth.of(title))) + "\n"
            return rule + zip(result.columns, row).map { column, value in
                let lines = wrapper.lines(of: text.cell(value))
                let name = String(repeating: " ", count: nameWidth - DisplayWidth.of(column)) + column
                return name + ": " + lines.joined(separator: "\n" + indent) + "\n"
            }.joined()
        }.joined(separator: "\n")
    }
}
