import GraphModel
import QueryExecutor

/// Which side of a column its text sits on. Columns of numbers are right-aligned, as psql does, so digits of
/// equal weight line up and magnitudes can be compared at a glance; everything else reads from the left.
enum ColumnAlignment: Equatable {
    /// Text starts at the left edge.
    case left
    /// Text ends at the right edge.
    case right

    /// One alignment per column: right when the column holds at least one number and nothing but numbers
    /// and nulls.
    static func of(_ result: QueryResult) -> [ColumnAlignment] {
        result.columns.indices.map { column in
            let values = result.rows.compactMap { column < $0.count ? $0[column] : nil }.filter { !$0.isNull }
            return !values.isEmpty && values.allSatisfy { $0.numericValue != nil } ? .right : .left
        }
    }

    /// The text padded with spaces to a display width.
    func pad(_ text: String, to width: Int) -> String {
        let fill = String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
        return self == .left ? text + fill : fill + text
    }
}
