import GraphModel

extension Lexer {
    /// An integer (decimal, `0x` hex, `0o` octal) or a float (`1.5`, `.5`, `1e3`, `1.5e-3`). A dot followed
    /// by another dot ends the number, so `1..3` reads as a range.
    mutating func lexNumber() throws(SyntaxError) -> TokenKind {
        let start = (offset: cursor.offset, location: cursor.location)
        if cursor.peekIs("0"), let marker = cursor.peek(1), let radix = Self.radix(marker) {
            cursor.advance(by: 2)
            return try finishInteger(radix: radix, start: start)
        }
        skipDigits()
        var isFloat = false
        if cursor.peekIs("."), cursor.peek(1).map(Self.isDigit) == true {
            isFloat = true
            cursor.advance()
            skipDigits()
        }
        if skipExponent() { isFloat = true }
        try rejectTrailingName(start: start)
        let text = source.slice(start.offset..<cursor.offset)
        guard isFloat else { return .integer(Self.magnitude(of: Substring(text), radix: 10)) }
        guard let value = Double(text), value.isFinite else {
            throw source.error("float literal too large", at: start.location, offset: start.offset)
        }
        return .float(value)
    }

    private static func radix(_ marker: UInt8) -> Int? {
        switch marker {
        case UInt8(ascii: "x"), UInt8(ascii: "X"): return 16
        case UInt8(ascii: "o"), UInt8(ascii: "O"): return 8
        default: return nil
        }
    }

    private mutating func finishInteger(radix: Int, start: (offset: Int, location: SourceLocation))
        throws(SyntaxError) -> TokenKind {
        let digitsStart = cursor.offset
        while let byte = cursor.peek(), Self.digitValue(byte).map({ $0 < radix }) == true { cursor.advance() }
        guard cursor.offset > digitsStart else { throw invalidNumber(start: start) }
        try rejectTrailingName(start: start)
        let digits = source.slice(digitsStart..<cursor.offset)
        return .integer(Self.magnitude(of: Substring(digits), radix: radix))
    }

    private mutating func skipDigits() {
        while let byte = cursor.peek(), Self.isDigit(byte) { cursor.advance() }
    }

    /// Skips `e3`, `E-3`, `e+3`; false (moving nothing) when what follows `e` is not an exponent.
    private mutating func skipExponent() -> Bool {
        guard cursor.peekIs("e") || cursor.peekIs("E") else { return false }
        let signLength = cursor.peekIs("+", 1) || cursor.peekIs("-", 1) ? 1 : 0
        guard cursor.peek(1 + signLength).map(Self.isDigit) == true else { return false }
        cursor.advance(by: 1 + signLength)
        skipDigits()
        return true
    }

    /// `12abc` is one mistake, not a number followed by a name.
    private mutating func rejectTrailingName(start: (offset: Int, location: SourceLocation)) throws(SyntaxError) {
        guard startsName() || cursor.peek().map(Self.isDigit) == true else { return }
        while let (scalar, length) = cursor.scalar(), scalar == "_" || scalar.properties.isAlphabetic
            || scalar.properties.numericType != nil {
            cursor.advance(by: length)
        }
        throw invalidNumber(start: start)
    }

    private func invalidNumber(start: (offset: Int, location: SourceLocation)) -> SyntaxError {
        let text = source.slice(start.offset..<cursor.offset)
        return source.error("invalid number literal '\(text)'", at: start.location, offset: start.offset)
    }

    /// The value of `digits`, or nil when it does not fit 64 unsigned bits.
    private static func magnitude(of digits: Substring, radix: Int) -> UInt64? {
        var value: UInt64 = 0
        for byte in digits.utf8 {
            guard let digit = digitValue(byte) else { return nil }
            let shifted = value.multipliedReportingOverflow(by: UInt64(radix))
            let added = shifted.partialValue.addingReportingOverflow(UInt64(digit))
            if shifted.overflow || added.overflow { return nil }
            value = added.partialValue
        }
        return value
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int(byte - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }
}
