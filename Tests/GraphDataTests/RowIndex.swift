import Foundation

/// Where each measurement row is: `id` → CSV file and the line its record starts on.
///
/// A minimal RFC 4180 reader (quoted fields may hold commas, doubled quotes and line breaks): enough to
/// find the `id` column; the project's loader has already checked everything else.
struct RowIndex {
    private var locations: [String: (file: String, line: Int)] = [:]

    init(folder: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0 == "measurements.csv" || ($0.hasPrefix("measurements-") && $0.hasSuffix(".csv")) }.sorted()
        for name in names {
            let path = folder.appendingPathComponent(name).path
            let records = Self.records(of: try String(contentsOfFile: path, encoding: .utf8))
            guard let header = records.first, let idColumn = header.fields.firstIndex(of: "id") else { continue }
            for record in records.dropFirst() where idColumn < record.fields.count {
                locations[record.fields[idColumn]] = (path, record.line)
            }
        }
    }

    func location(of id: String) -> (file: String, line: Int)? { locations[id] }

    /// The records of a CSV text, each with the 1-based line it starts on. (`"\r\n"` is one `Character`.)
    static func records(of text: String) -> [(line: Int, fields: [String])] {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = [], field = "", quoted = false, line = 1, recordLine = 1
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            let isLineEnd = character == "\n" || character == "\r\n"
            if quoted {
                if character != "\"" {
                    field.append(character)
                    if isLineEnd { line += 1 }
                } else if index < characters.count && characters[index] == "\"" {
                    field.append("\"")
                    index += 1
                } else {
                    quoted = false
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                fields.append(field)
                field = ""
            } else if isLineEnd {
                records.append((recordLine, fields + [field]))
                fields = []; field = ""
                line += 1; recordLine = line
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || !fields.isEmpty { records.append((recordLine, fields + [field])) }
        return records
    }
}
