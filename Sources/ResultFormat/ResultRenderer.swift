import GraphModel
import GraphStore
import QueryExecutor

/// The one way results become text, whichever format the user chose, so the prompt, `-c`, scripts and
/// `:output` files all print a result identically. Nodes and relationships in a result are ids; `store` must
/// be the graph the statement ran on, since their labels, types and properties are looked up there.
public enum ResultRenderer {
    /// The whole rendering of one statement's result. Every line ends in a newline, so the caller can write
    /// the text as it is; a format with nothing to show (a table without columns, JSON lines without rows)
    /// gives the empty string. Warnings and change counts are not included: the prompt prints those.
    /// `width` is the screen's width in cells, which the table and the vertical format fit; `nil`: no limit.
    public static func render(_ result: QueryResult, format: OutputFormat, store: GraphStore, width: Int? = nil) -> String {
        let text = ValueText(store: store)
        let writer = JSONWriter(store: store)
        switch format {
        case .table: return TableRenderer(text: text, width: width).render(result)
        case .vertical: return VerticalRenderer(text: text, width: width).render(result)
        case .csv: return CSVRenderer(text: text).render(result)
        case .tsv: return TSVRenderer(text: text).render(result)
        case .markdown: return MarkdownRenderer(text: text).render(result)
        case .json: return JSONRenderer(writer: writer).render(result)
        case .jsonl: return JSONLinesRenderer(writer: writer).render(result)
        }
    }

    /// A value as a table cell shows it (strings bare, everything else as an openCypher literal), for other
    /// places that print single values the same way, such as `:params` and `:describe`.
    public static func cellText(of value: Value, store: GraphStore) -> String {
        ValueText(store: store).cell(value)
    }
}
