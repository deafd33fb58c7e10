/// The line under a table. Kept apart from `render` because only the prompt shows it, and only at a
/// terminal: a CSV or JSON file must contain nothing but data.
extension ResultRenderer {
    /// `3 rows, 1.2 ms`, `1 row, 2.35 s`, or just `0 rows` when timing is off (`elapsed` is `nil`). Plain,
    /// without a newline, like psql's `(3 rows)` with the time added as cypher-shell does.
    public static func footer(rowCount: Int, elapsed: Duration?) -> String {
        let rows = rowCount == 1 ? "1 row" : "\(rowCount) rows"
        guard let elapsed else { return rows }
        return rows + ", " + time(elapsed)
    }

    /// Milliseconds with one decimal below a second, seconds with two above.
    private static func time(_ elapsed: Duration) -> String {
        let (seconds, attoseconds) = elapsed.components
        let milliseconds = Double(seconds) * 1_000 + Double(attoseconds) / 1e15
        let tenths = Int((milliseconds * 10).rounded())
        if tenths < 10_000 { return "\(tenths / 10).\(tenths % 10) ms" }
        let hundredths = Int((milliseconds / 10).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction) s"
    }
}
