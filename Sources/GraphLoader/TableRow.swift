/// One record of a table, read through its header: fields by column name, with their places.
struct TableRow {
    let fields: [CSVReader.Field]
    /// The header's column names, in order. A header has a score of columns, so comparing names (lengths first) is
    /// cheaper than hashing them, which a million rows asking for eighteen columns each would pay for.
    let columns: [String]
    /// The line the record starts on.
    let line: Int

    /// The field of a column, when the table has that column and the record reaches it.
    func field(_ column: String) -> CSVReader.Field? {
        let length = column.utf8.count
        guard let index = columns.firstIndex(where: { $0.utf8.count == length && $0 == column }), index < fields.count
        else { return nil }
        return fields[index]
    }

    /// The text of a column, empty when absent.
    func text(_ column: String) -> String { field(column)?.text ?? "" }

    /// The column number to blame for a column: its field's, or the record's start.
    func column(of name: String) -> Int { field(name)?.column ?? 1 }
}
