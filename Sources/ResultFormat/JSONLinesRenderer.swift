import GraphModel
import QueryExecutor

/// One JSON object per row, keyed by column name in column order, one per line: the shape streaming tools
/// (`jq -c`, log shippers, `pandas.read_json(lines=True)`) expect. A result without rows prints nothing.
struct JSONLinesRenderer {
    /// How values are written.
    let writer: JSONWriter

    /// The lines, each ending in a newline.
    func render(_ result: QueryResult) -> String {
        var out = ""
        for row in result.rows {
            writer.writeObject(zip(result.columns, row).map { (key: $0, value: $1) }, to: &out)
            out += "\n"
        }
        return out
    }
}
