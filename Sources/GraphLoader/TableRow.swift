/// One record of a table, read through its header: fields by column name, with their places.
struct TableRow {
    let fields: [CSVReader.Field]
    let columns: [String: Int]
    /// The line the record starts on.
    let line: Int

    /// The field of a column, when the table has that column and the record reaches it.
    func field(_ column: String) -> CSVReader.Field? {
        guard let index = columns[column], index < fields.count else { return nil }
        return fields[index]
    }

    /// The text of a column, empty when absent.
    func text(_ column: String) -> String { field(column)?.text ?? "" }

    /// The column number to blame for a column: its field's, or the record's start.
    func column(of name: String) -> Int { field(name)?.column ?? 1 }
}
