import GraphModel

extension Lexer {
    /// A string in `'...'` or `"..."`; it may span lines. Escapes are decoded here so that the value is
    /// ready to use: `\' \" \\ \n \t \r \b \f \uXXXX \UXXXXXXXX`, with `\u` surrogate pairs joined.
    mutating func lexString() throws(SyntaxError) -> String {
        let start = (offset: cursor.offset, location: cursor.location)
        let quote = cursor.peek()
        cursor.advance()
        var bytes: [UInt8] = []
        while let byte = cursor.peek() {
            if byte == quote {
                cursor.advance()
                return String(decoding: bytes, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                try lexEscape(into: &bytes)
            } else {
                bytes.append(byte)
                cursor.advance()
            }
        }
        throw source.error("unterminated string literal", at: start.location, offset: start.offset)
    }

    private mutating func lexEscape(into bytes: inout [UInt8]) throws(SyntaxError) {
        let backslash = (offset: cursor.offset, location: cursor.location)
        cursor.advance()
        guard let letter = cursor.peek() else { return }
        if let simple = Self.simpleEscape(letter) {
            bytes.append(simple)
            cursor.advance()
            return
        }
        let scalar: Unicode.Scalar?
        switch letter {
        case UInt8(ascii: "u"): scalar = lexUnicodeEscape()
        case UInt8(ascii: "U"): scalar = hexDigits(count: 8).flatMap(Unicode.Scalar.init)
        default:
            let shown = cursor.scalar().map { String($0.scalar) } ?? ""
            throw source.error("invalid escape sequence '\\\(shown)'", at: backslash.location, offset: backslash.offset)
        }
        guard let scalar else {
            throw source.error("invalid unicode escape", at: backslash.location, offset: backslash.offset)
        }
        bytes.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    private static func simpleEscape(_ letter: UInt8) -> UInt8? {
        switch letter {
        case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "\\"): return letter
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "t"): return 0x09
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "b"): return 0x08
        case UInt8(ascii: "f"): return 0x0C
        default: return nil
        }
    }

    /// `\uXXXX`, the cursor on the `u`; a high surrogate must be followed by `\uXXXX` with a low one.
    private mutating func lexUnicodeEscape() -> Unicode.Scalar? {
        guard let high = hexDigits(count: 4) else { return nil }
        if let scalar = Unicode.Scalar(high) { return scalar }
        guard (0xD800...0xDBFF).contains(high), cursor.peekIs("\\"), cursor.peekIs("u", 1) else { return nil }
        cursor.advance()
        guard let low = hexDigits(count: 4), (0xDC00...0xDFFF).contains(low) else { return nil }
        return Unicode.Scalar(0x10000 + (high - 0xD800) << 10 + (low - 0xDC00))
    }

    /// Reads the letter at the cursor and then exactly `count` hex digits; nil when they are not there.
    private mutating func hexDigits(count: Int) -> UInt32? {
        cursor.advance()
        var value: UInt32 = 0
        for _ in 0..<count {
            guard let byte = cursor.peek(), let digit = UInt32(String(UnicodeScalar(byte)), radix: 16) else {
                return nil
            }
            value = value << 4 | digit
            cursor.advance()
        }
        return value
    }
}
