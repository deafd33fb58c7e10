/// How results print, chosen with `:format` at the prompt or `--format` on the command line: a table for
/// people at a terminal, the others for spreadsheets, scripts and documents.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// An aligned box table, the default at a terminal.
    case table
    /// RFC 4180 comma-separated values, for spreadsheets.
    case csv
    /// Tab-separated values with backslash escapes, for `cut`, `awk` and `sort`.
    case tsv
    /// One JSON document per statement, for programs.
    case json
    /// One JSON object per row, for streaming tools such as `jq -c`.
    case jsonl
    /// A GitHub table, to paste into notes and issues.
    case markdown
    /// One `column: value` line per column, row after row: for rows too wide for a table.
    case vertical

    /// Reads the word a user typed, ignoring case, so that `:format JSON` works as well as `:format json`.
    public init(parsing word: String) throws(UnknownOutputFormat) {
        guard let format = OutputFormat(rawValue: word.lowercased()) else { throw UnknownOutputFormat(word: word) }
        self = format
    }
}
