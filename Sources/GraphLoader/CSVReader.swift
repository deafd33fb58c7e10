import GraphModel

/// An RFC 4180 reader over bytes: comma separated, `"` quoting with `""` escapes, LF or CRLF line ends,
/// UTF-8 checked field by field, every field with the line and column where it starts.
///
/// Hand-written rather than SwiftCSV or CSV.swift: neither reports where a malformed field is, and the
/// loader's contract is to name the line and column of every problem. Records are handed out one at a time,
/// so reading a million rows never holds more than one record besides the file's bytes.
struct CSVReader {
    /// One field: its text and where it starts.
    struct Field {
        let text: String
        let line: Int
        let column: Int
    }

    private let bytes: [UInt8]
    private let file: String
    /// The next byte to read.
    private(set) var position = 0
    /// The line of the next byte.
    private(set) var line = 1
    private var column = 1
    private(set) var errors: [LoadError] = []

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The next record, or `nil` at the end. Blank lines are skipped. Problems go to `errors`; a record with
    /// a problem is still returned as far as it could be read, so later checks can report more.
    mutating func nextRecord() -> [Field]? {
        while position < bytes.count {
            let record = readRecord()
            if !(record.count == 1 && record[0].text.isEmpty) { return record }
        }
        return nil
    }

    private mutating func readRecord() -> [Field] {
        var fields: [Field] = []
        while true {
            fields.append(readField())
            guard position < bytes.count else { return fields }
            switch bytes[position] {
            case UInt8(ascii: ","):
                advance()
            case UInt8(ascii: "\r") where position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "\n"):
                advance()
                advance()
                return fields
            case UInt8(ascii: "\n"):
                advance()
                return fields
            default:
                report("unexpected text after a quoted field; a field that starts with '\"' must end with '\"'")
                while position < bytes.count, !isFieldEnd(bytes[position]) { advance() }
            }
        }
    }

    private mutating func readField() -> Field {
        let startLine = line, startColumn = column
        if position < bytes.count && bytes[position] == UInt8(ascii: "\"") {
            return Field(text: readQuoted(), line: startLine, column: startColumn)
        }
        let start = position
        while position < bytes.count, !isFieldEnd(bytes[position]) {
            if bytes[position] == UInt8(ascii: "\"") {
                report("a '\"' inside an unquoted field; quote the whole field and double the '\"'")
            }
            advance()
        }
        let end = position > start && position == bytes.count && bytes[position - 1] == UInt8(ascii: "\r")
            ? position - 1 : position
        return Field(text: decode(bytes[start..<end], line: startLine, column: startColumn),
                     line: startLine, column: startColumn)
    }

    private mutating func readQuoted() -> String {
        let openLine = line, openColumn = column
        advance()
        var content: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            advance()
            if byte == UInt8(ascii: "\"") {
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                    return decode(content, line: openLine, column: openColumn)
                }
                advance()
            }
            content.append(byte)
        }
        errors.append(LoadError(file: file, line: openLine, column: openColumn,
                                message: "unterminated quoted field: the '\"' opened here is never closed"))
        return decode(content, line: openLine, column: openColumn)
    }

    private func isFieldEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n")
            || (byte == UInt8(ascii: "\r") && position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "\n"))
    }

    /// Moves past one byte, keeping the line and the character column (UTF-8 continuation bytes add none).
    private mutating func advance() {
        let byte = bytes[position]
        position += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    /// ASCII fields, most of a table, skip the general validation, which looks up generic metadata per call.
    private mutating func decode<C: Collection<UInt8>>(_ content: C, line: Int, column: Int) -> String {
        if content.allSatisfy({ $0 < 0x80 }) { return String(decoding: content, as: UTF8.self) }
        if let text = String(validating: content, as: UTF8.self) { return text }
        errors.append(LoadError(file: file, line: line, column: column, message: "invalid UTF-8 in this field"))
        return String(decoding: content, as: UTF8.self)
    }

    private mutating func report(_ message: String) {
        errors.append(LoadError(file: file, line: line, column: column, message: message))
    }
}
