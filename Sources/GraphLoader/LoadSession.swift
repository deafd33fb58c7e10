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

    /// Where a measurement was defined: measurements are never referenced, so their ids are kept apart from
    /// the few thousand entity ids that every measurement row looks up, and more compactly.
    struct MeasurementOrigin {
        let file: Int32
        let line: Int32
    }

    let store = GraphStore()
    var errors: [LoadError] = []
    /// Entities and sources by id.
    var ids: [String: Registered] = [:]
    /// Measurement ids, numbered in the order read, and where each was defined.
    var measurementIDs = ByteKeyTable()
    var measurementOrigins: [MeasurementOrigin] = []
    /// Store handles of the measurement columns and links, resolved at the first measurement.
    lazy var measurementKeys = MeasurementKeys(store: store)
    var names: [String: (file: String, line: Int)] = [:]
    /// Parsed periods by their text as written.
    var periodForms: [String: PeriodForms] = [:]
    /// Whether measurement files are tried with the bulk reader first (tests turn it off to compare).
    var readsInBulk = true
    /// The measurement files the bulk reader took.
    private(set) var filesReadInBulk: [String] = []
    private var files: [String: Int] = [:]
    /// The paths of `files` by index.
    private(set) var filePaths: [String] = []

    /// Reads one table file into the store, checking its header and every record.
    func read(_ file: GraphFolder.TableFile) {
        files[file.path] = files.count
        filePaths.append(file.path)
        guard var bytes = contents(of: file) else { return }
        var reader = CSVReader(bytes: bytes, file: file.path)
        guard let header = reader.nextRecord(), let columns = checkHeader(header, kind: file.kind, file: file.path) else {
            errors += reader.errors
            return
        }
        if file.kind == .measurements, readsInBulk, let chunks = readMeasurementsInBulk(bytes, after: reader, header: columns) {
            let firstLine = reader.line
            // The file's bytes go before the store grows by as much again.
            (bytes, reader) = ([], CSVReader(bytes: [], file: file.path))
            if storeInBulk(chunks, file: file.path, firstLine: firstLine) {
                filesReadInBulk.append(file.path)
                return
            }
            // An id was taken: read the file again, record by record, to report where.
            guard let again = contents(of: file) else { return }
            reader = CSVReader(bytes: again, file: file.path)
            _ = reader.nextRecord()
        }
        let records = RecordPipeline(reading: reader)
        defer { errors += records.errors }
        while let fields = records.nextRecord() {
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

    /// The bytes of a table file, or `nil` with the error reported.
    private func contents(of file: GraphFolder.TableFile) -> [UInt8]? {
        guard let bytes = Self.contents(of: file.path) else {
            error(file.path, 1, 1, "cannot read the file")
            return nil
        }
        return bytes
    }

    /// The bytes of a file, read straight into one array: `FileManager.contents` followed by a copy into
    /// `[UInt8]` held the file twice, a hundred megabytes of peak memory at a million measurements.
    private static func contents(of path: String) -> [UInt8]? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var status = stat()
        guard fstat(handle.fileDescriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(status.st_size)
        // Read into uninitialized room: zeroing a hundred megabytes first would only be written over.
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            while initialized < size {
                let count = Foundation.read(handle.fileDescriptor, buffer.baseAddress! + initialized, size - initialized)
                guard count > 0 else { break }
                initialized += count
            }
        }
        return bytes.count == size ? bytes : nil
    }

    /// Orders errors by the order files were read in, then line and column.
    func fileOrder(_ a: LoadError, _ b: LoadError) -> Bool {
        let fa = files[a.location.file ?? ""] ?? -1, fb = files[b.location.file ?? ""] ?? -1
        return (fa, a.location.line, a.location.column) < (fb, b.location.line, b.location.column)
    }

    func error(_ file: String, _ line: Int, _ column: Int, _ message: String) {
        errors.append(LoadError(file: file, line: line, column: column, message: message))
    }

    /// The header's column names when it is valid.
    private func checkHeader(_ header: [CSVReader.Field], kind: TableKind, file: String) -> [String]? {
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
        return errors.count == before ? header.map(\.text) : nil
    }
}
