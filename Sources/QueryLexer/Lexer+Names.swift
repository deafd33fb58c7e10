import GraphModel

extension Lexer {
    /// True when the cursor is at a letter or `_`; non-ASCII letters count, so Chinese names need no quotes.
    func startsName() -> Bool {
        guard let (scalar, _) = cursor.scalar() else { return false }
        if scalar.isASCII { return scalar == "_" || scalar.properties.isAlphabetic }
        return scalar.properties.isIDStart
    }

    private func continuesName() -> Bool {
        guard let (scalar, _) = cursor.scalar() else { return false }
        if scalar.isASCII { return scalar == "_" || scalar.properties.isAlphabetic || Lexer.isDigit(UInt8(scalar.value)) }
        return scalar.properties.isIDContinue
    }

    /// A plain name, or a keyword when it spells one in any case.
    mutating func lexName() -> TokenKind {
        let start = cursor.offset
        while let (_, length) = cursor.scalar(), continuesName() { cursor.advance(by: length) }
        let text = source.slice(start..<cursor.offset)
        if let keyword = Keyword(rawValue: text.uppercased()), text.utf8.allSatisfy({ $0 < 0x80 }) {
            return .keyword(keyword)
        }
        return .identifier(text)
    }

    /// `` `any text` `` with `` `` `` standing for one backquote.
    mutating func lexQuotedName() throws(SyntaxError) -> String {
        let start = (offset: cursor.offset, location: cursor.location)
        cursor.advance()
        var bytes: [UInt8] = []
        while let byte = cursor.peek() {
            cursor.advance()
            guard byte == UInt8(ascii: "`") else {
                bytes.append(byte)
                continue
            }
            guard cursor.peekIs("`") else {
                if bytes.isEmpty { throw source.error("empty quoted name", at: start.location, offset: start.offset) }
                return String(decoding: bytes, as: UTF8.self)
            }
            bytes.append(byte)
            cursor.advance()
        }
        throw source.error("unterminated quoted name", at: start.location, offset: start.offset)
    }

    /// `$name`, `` $`name` `` or `$0`.
    mutating func lexParameter() throws(SyntaxError) -> TokenKind {
        cursor.advance()
        if cursor.peekIs("`") { return .parameter(try lexQuotedName()) }
        let start = cursor.offset
        if startsName() || cursor.peek().map(Lexer.isDigit) == true {
            while let (_, length) = cursor.scalar(), continuesName() { cursor.advance(by: length) }
            return .parameter(source.slice(start..<cursor.offset))
        }
        throw error("expected a parameter name after '$'")
    }
}
