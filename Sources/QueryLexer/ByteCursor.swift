import GraphModel

/// A position in UTF-8 text that keeps line and column as it moves, so that locations cost nothing to ask
/// for even on megabyte-long lines. Columns count Unicode scalars: a Chinese character is one column.
struct ByteCursor {
    let bytes: [UInt8]
    private(set) var offset = 0
    private(set) var line: Int
    private(set) var column: Int
    private let file: String?

    init(bytes: [UInt8], start: SourceLocation) {
        self.bytes = bytes
        self.line = start.line
        self.column = start.column
        self.file = start.file
    }

    var isAtEnd: Bool { offset >= bytes.count }

    var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    /// The byte `distance` ahead of the cursor, or nil past the end.
    func peek(_ distance: Int = 0) -> UInt8? {
        let index = offset + distance
        return index < bytes.count ? bytes[index] : nil
    }

    func peekIs(_ ascii: Unicode.Scalar, _ distance: Int = 0) -> Bool { peek(distance) == UInt8(ascii: ascii) }

    /// Moves one byte on; a line break starts a new line and only lead bytes of a scalar count as a column.
    mutating func advance() {
        guard offset < bytes.count else { return }
        let byte = bytes[offset]
        offset += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    mutating func advance(by count: Int) {
        for _ in 0..<count { advance() }
    }

    /// The scalar starting at the cursor and its length in bytes. The bytes come from a Swift string, so they
    /// are valid UTF-8; anything else decodes as U+FFFD rather than trapping.
    func scalar() -> (scalar: Unicode.Scalar, length: Int)? {
        guard let lead = peek() else { return nil }
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard offset + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> (length + 1))
        for index in 1..<max(length, 1) { value = value << 6 | UInt32(bytes[offset + index] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Skips white space and comments, the trivia both the lexer and the script splitter pass over. Returns
    /// where a block comment that never closes starts, or nil when the trivia ended normally.
    mutating func skipTrivia() -> (offset: Int, location: SourceLocation)? {
        while let (scalar, length) = scalar() {
            if scalar.properties.isWhitespace {
                advance(by: length)
            } else if scalar == "/" && peekIs("/", 1) {
                skipLineComment()
            } else if scalar == "/" && peekIs("*", 1) {
                let start = (offset: offset, location: location)
                guard skipBlockComment() else { return start }
            } else {
                return nil
            }
        }
        return nil
    }

    /// Skips a `//` comment to the end of its line.
    mutating func skipLineComment() {
        while let byte = peek(), byte != UInt8(ascii: "\n") { advance() }
    }

    /// Skips a `/* */` comment; false when the text ends inside it.
    mutating func skipBlockComment() -> Bool {
        advance(by: 2)
        while !isAtEnd {
            if peekIs("*") && peekIs("/", 1) {
                advance(by: 2)
                return true
            }
            advance()
        }
        return false
    }
}
