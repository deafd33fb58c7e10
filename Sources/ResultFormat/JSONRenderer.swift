import GraphModel
import QueryExecutor

/// One JSON document per statement, on one line, so a script can read a statement's result with one
/// `readline` and one parse: `{"columns": [...], "rows": [[...], ...]}`. A statement that returns nothing
/// still prints `{"columns": [], "rows": []}`, so every statement yields exactly one line.
struct JSONRenderer {
    /// How values are written.
    let writer: JSONWriter

    /// The document and its newline.
    func render(_ result: QueryResult) -> String {
        var out = "{\"columns\": "
        writer.writeArray(result.columns, to: &out, element: JSONWriter.write)
        out += ", \"rows\": "
        writer.writeArray(result.rows, to: &out) { row, out in
            writer.writeArray(row, to: &out, element: writer.write)
        }
        return out + "}\n"
    }
}
