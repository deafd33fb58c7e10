import GraphModel

/// Turns the text of a statement into tokens, all at once, so that the parser can look ahead and back up
/// freely. It works on UTF-8 bytes because megabyte-long string literals must lex in linear time.
public struct Lexer {
    var cursor: ByteCursor
    let source: SourceText
    private var tokens: [Token] = []

    private init(source: SourceText) {
        self.source = source
        self.cursor = ByteCursor(bytes: source.bytes, start: source.start)
    }

    /// The tokens of `text`, ending with an `.end` token; locations start at `start` (line 1, column 1 by
    /// default) so that a statement cut from a script reports positions in that script.
    public static func tokens(in text: String, startingAt start: SourceLocation = SourceLocation(line: 1, column: 1))
        throws(SyntaxError) -> [Token] {
        try tokens(in: SourceText(text, start: start))
    }

    /// The tokens of an already wrapped text, for callers that also keep the `SourceText` to slice it.
    public static func tokens(in source: SourceText) throws(SyntaxError) -> [Token] {
        var lexer = Lexer(source: source)
        try lexer.run()
        return lexer.tokens
    }

    private mutating func run() throws(SyntaxError) {
        while true {
            try skipTrivia()
            let start = (offset: cursor.offset, location: cursor.location)
            guard let byte = cursor.peek() else {
                tokens.append(Token(kind: .end, text: "", location: start.location, range: start.offset..<start.offset))
                return
            }
            let kind = try lexToken(startingWith: byte)
            tokens.append(Token(kind: kind, text: source.slice(start.offset..<cursor.offset), location: start.location,
                                range: start.offset..<cursor.offset))
        }
    }

    private mutating func lexToken(startingWith byte: UInt8) throws(SyntaxError) -> TokenKind {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return try lexNumber()
        case UInt8(ascii: "."): return cursor.peek(1).map(Self.isDigit) == true ? try lexNumber() : lexSymbol()
        case UInt8(ascii: "'"), UInt8(ascii: "\""): return .string(try lexString())
        case UInt8(ascii: "`"): return .identifier(try lexQuotedName())
        case UInt8(ascii: "$"): return try lexParameter()
        default:
            if startsName() { return lexName() }
            if let symbol = Self.symbol(at: cursor) {
                cursor.advance(by: symbol.rawValue.utf8.count)
                return .symbol(symbol)
            }
            throw unknownCharacter()
        }
    }

    private mutating func lexSymbol() -> TokenKind {
        let symbol = Self.symbol(at: cursor) ?? .dot
        cursor.advance(by: symbol.rawValue.utf8.count)
        return .symbol(symbol)
    }

    /// The longest operator at the cursor: two-character ones are tried before their one-character prefixes.
    private static func symbol(at cursor: ByteCursor) -> Symbol? {
        guard let first = cursor.peek() else { return nil }
        if let second = cursor.peek(1) {
            let pair = String(decoding: [first, second], as: UTF8.self)
            if let symbol = Symbol(rawValue: pair) { return symbol }
        }
        return Symbol(rawValue: String(decoding: [first], as: UTF8.self))
    }

    private mutating func skipTrivia() throws(SyntaxError) {
        if let start = cursor.skipTrivia() {
            throw source.error("unterminated comment", at: start.location, offset: start.offset)
        }
    }

    private func unknownCharacter() -> SyntaxError {
        let scalar = cursor.scalar()?.scalar ?? "\u{FFFD}"
        let shown: String
        switch scalar.properties.generalCategory {
        case .control, .format, .unassigned, .privateUse, .surrogate:
            shown = "U+" + String(scalar.value, radix: 16, uppercase: true)
        default:
            shown = "'\(scalar)'"
        }
        return error("unknown character \(shown)")
    }

    /// An error at the cursor.
    func error(_ message: String) -> SyntaxError {
        source.error(message, at: cursor.location, offset: cursor.offset)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
