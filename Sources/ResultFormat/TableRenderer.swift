import GraphModel
import QueryExecutor

/// The box table people read at a terminal, as psql and the MySQL client draw it:
///
///     +-------+------------+
///     | name  | value      |
///     +-------+------------+
///     | 东盟  | 7.5        |
///     +-------+------------+
///
/// Widths count display columns, so Chinese names (two columns a character) keep the borders straight.
/// Nothing is ever cut: a cell wider than `wrapWidth` columns wraps onto further lines inside its cell, at a
/// space when it can (psql's `wrapped` format does the same), and line breaks in the data start new lines,
/// so what the table shows is the whole value. Strings show without quotes and `null` as `null`. A result
/// without rows still shows its header, so the user sees what the columns would have been; a result without
/// columns prints nothing. Row counts and timing belong to the footer (`ResultRenderer.footer`).
struct TableRenderer {
    /// The widest a cell's line gets before it wraps, in display columns.
    static let wrapWidth = 60

    /// How values become cell text.
    let text: ValueText
    /// The screen's width in cells: the table narrows its widest columns to fit it, and prints the rows
    /// vertically (`VerticalRenderer`) when even narrowed columns cannot fit. `nil`: no limit.
    var width: Int? = nil

    /// The table, every line ending in a newline.
    func render(_ result: QueryResult) -> String {
        guard !result.columns.isEmpty else { return "" }
        let cells = [result.columns] + result.rows.map { row in row.map(text.cell) }
        var limits = Array(repeating: Self.wrapWidth, count: result.columns.count)
        if let width {
            let natural = Self.widths(of: cells.map { $0.map { TextWrapper(limit: Self.wrapWidth).lines(of: $0) } },
                                      columns: result.columns.count)
            guard let fit = ColumnFit(natural: natural, screen: width) else {
                return VerticalRenderer(text: text, width: width).render(result)
            }
            limits = fit.widths
        }
        let wrapped = cells.map { row in row.enumerated().map { TextWrapper(limit: max(1, limits[$0.offset])).lines(of: $0.element) } }
        let header = wrapped[0]
        let body = Array(wrapped.dropFirst())
        let widths = Self.widths(of: wrapped, columns: result.columns.count)
        let alignments = ColumnAlignment.of(result)
        let border = "+" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+\n"
        let headerText = border + Self.lines(of: header, widths: widths, alignments: alignments) + border
        guard !body.isEmpty else { return headerText }
        return headerText + body.map { Self.lines(of: $0, widths: widths, alignments: alignments) }.joined() + border
    }

    /// The widest line in each column.
    private static func widths(of rows: [[[String]]], columns: Int) -> [Int] {
        (0..<columns).map { column in
            rows.lazy.filter { column < $0.count }.flatMap { $0[column] }.map { DisplayWidth.of($0) }.max() ?? 0
        }
    }

    /// One table row, as many printed lines as its tallest cell.
    private static func lines(of cells: [[String]], widths: [Int], alignments: [ColumnAlignment]) -> String {
        let height = cells.map(\.count).max() ?? 1
        return (0..<height).map { line in
            let parts = widths.indices.map { column in
                let cellLines = column < cells.count ? cells[column] : []
                return alignments[column].pad(line < cellLines.count ? cellLines[line] : "", to: widths[column])
            }
            return "| " + parts.joined(separator: " | ") + " |\n"
        }.joined()
    }
}
