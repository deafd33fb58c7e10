import Foundation
import GraphModel
import GraphStore

/// The state of one load: the store being filled, every id seen with where it was defined, and the errors.
final class LoadSession {
    /// What an id names, and where it was first defined.
    struct Registered {
        let node: NodeID
        /// The entity label, `Source`, or `Measurement`.
        let label: String
        let file: String
        let line: Int
    }

    let store = GraphStore()
    var errors: [LoadError] = []
    var ids: [String: Registered] = [:]
    var names: [String: (file: String, line: Int)] = [:]
    /// Parsed periods by their text as written.
    var periodForms: [String: PeriodForms] = [:]
    private var files: [String: Int] = [:]

    /// Reads one table file into the store, checking its header and every record.
    func read(_ file: GraphFolder.TableFile) {
        files[file.path] = files.count
        guard let data = FileManager.default.contents(atPath: file.path) else {
            error(file.path, 1, 1, "cannot read the file")
            return
        }
        var reader = CSVReader(bytes: [UInt8](data), file: file.path)
        defer { errors += reader.errors }
        guard let header = reader.nextRecord() else { return }
        guard let columns = checkHeader(header, kind: file.kind, file: file.path) else { return }
        while let fields = reader.nextRecord() {
            let row = TableRow(fields: fields, columns: columns, line: fields[0].line)
            guard fields.count == header.count else {
                error(file.path, row.line, 1, "this record has \(fields.count) fields but the header has \(header.count)")
                continue
            }
            switch file.kind {
            case .sources: addSource(row, file: file.path)
            case .entities: addEntity(row, file: file.path)
            case .relations: addRelation(row, file: file.path)
            case .measurements: addMeasurement(row, file: file.path)
            }
        }
    }

    /// Orders errors by the order files were read in, then line and column.
    func fileOrder(_ a: LoadError, _ b: LoadError) -> Bool {
        let fa = files[a.location.file ?? ""] ?? -1, fb = files[b.location.file ?? ""] ?? -1
        return (fa, a.location.line, a.location.column) < (fb, b.location.line, b.location.column)
    }

    func error(_ file: String, _ line: Int, _ column: Int, _ message: String) {
        errors.append(LoadError(file: file, line: line, column: column, message: message))
    }

    private func checkHeader(_ header: [CSVReader.Field], kind: TableKind, file: String) -> [String: Int]? {
        var columns: [String: Int] = [:]
        let before = errors.count
        for (index, field) in header.enumerated() {
            if columns[field.text] != nil {
                error(file, field.line, field.column, "column '\(field.text)' appears twice in the header")
            } else if !kind.columns.contains(field.text) {
                let hint = Suggestion.hint(for: field.text, among: kind.columns)
                error(file, field.line, field.column, "unknown column '\(field.text)' in a \(kind.rawValue) table\(hint)")
            }
            columns[field.text] = index
        }
        for required in kind.requiredColumns where columns[required] == nil {
            error(file, 1, 1, "missing column '\(required)': a \(kind.rawValue) table must have \(kind.requiredColumns.joined(separator: ", "))")
        }
        return errors.count == before ? columns : nil
    }
}
