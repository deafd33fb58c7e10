import GraphModel

/// The state machine behind `ScriptSplitter`: it knows just enough of the lexical rules (quotes, escapes,
/// backquotes, comments) to find the `;` that really ends a statement.
struct ScriptScanner {
    private var cursor: ByteCursor
    private let source: SourceText
    private(set) var items: [ScriptItem] = []
    /// The text ended inside a string, quoted name or block comment.
    private(set) var endedOpen = false
    /// The text ended with a statement that has no `;` yet.
    private(set) var endedInStatement = false

    init(_ text: String, start: SourceLocation) {
        source = SourceText(text, start: start)
        cursor = ByteCursor(bytes: source.bytes, start: start)
    }

    mutating func run() {
        while skipBlanksAndComments(), let byte = cursor.peek() {
            switch byte {
            case UInt8(ascii: ";"): cursor.advance()
            case UInt8(ascii: ":"), UInt8(ascii: "?"): scanCommand()
            default: scanStatement()
            }
        }
    }

    /// Skips what may come between items; false when the text ended inside a block comment. That comment,
    /// with all the text after it, becomes a statement of its own, so that reading it reports the unterminated
    /// comment at its place instead of dropping what the user wrote after `/*`.
    private mutating func skipBlanksAndComments() -> Bool {
        guard let open = cursor.skipTrivia() else { return true }
        endedOpen = true
        items.append(.statement(text: trimmed(source.slice(open.offset..<cursor.offset)), location: open.location))
        return false
    }

    private mutating func scanCommand() {
        let start = (offset: cursor.offset, location: cursor.location)
        cursor.skipLineComment()
        var text = trimmed(source.slice(start.offset..<cursor.offset))
        if text.hasSuffix(";") { text = trimmed(String(text.dropLast())) }
        items.append(.command(text: text, location: start.location))
    }

    private mutating func scanStatement() {
        let start = (offset: cursor.offset, location: cursor.location)
        let ended = scanToSemicolon()
        let text = trimmed(source.slice(start.offset..<cursor.offset))
        items.append(.statement(text: text, location: start.location))
        if ended { cursor.advance() } else { endedInStatement = true }
    }

    /// Moves to the `;` ending the statement; false when the text ends first.
    private mutating func scanToSemicolon() -> Bool {
        while let byte = cursor.peek() {
            switch byte {
            case UInt8(ascii: ";"): return true
            case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "`"): skipQuoted(byte)
            case UInt8(ascii: "/") where cursor.peekIs("/", 1): cursor.skipLineComment()
            case UInt8(ascii: "/") where cursor.peekIs("*", 1): if !cursor.skipBlockComment() { endedOpen = true }
            default: cursor.advance()
            }
        }
        return false
    }

    /// Skips a string or quoted name; backslash escapes count only in strings, and a doubled backquote
    /// reads as a closing and a reopening quote, which comes to the same.
    private mutating func skipQuoted(_ quote: UInt8) {
        cursor.advance()
        while let byte = cursor.peek() {
            cursor.advance()
            if byte == quote { return }
            if byte == UInt8(ascii: "\\") && quote != UInt8(ascii: "`") { cursor.advance() }
        }
        endedOpen = true
    }

    private func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
