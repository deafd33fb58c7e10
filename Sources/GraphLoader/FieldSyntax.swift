/// The byte-level rules a field must follow, shared by the record-by-record loader and the bulk measurement
/// reader, so that both accept exactly the same texts.
enum FieldSyntax {
    /// `[a-z0-9][a-z0-9-]*`: the contract's id syntax.
    static func isSlug<Bytes: Collection<UInt8>>(_ text: Bytes) -> Bool {
        guard let first = text.first, isLowerAlnum(first) else { return false }
        return text.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
    }

    /// `-?digits[.digits]`: no exponent, no thousands separators, no units — a figure is written out in full.
    static func isPlainDecimal<Bytes: Collection<UInt8>>(_ text: Bytes) -> Bool {
        var digits = text[...]
        if digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
        var seenPoint = false, digitsInPart = 0
        for byte in digits {
            if isDigit(byte) {
                digitsInPart += 1
            } else if byte == UInt8(ascii: "."), !seenPoint, digitsInPart > 0 {
                seenPoint = true
                digitsInPart = 0
            } else {
                return false
            }
        }
        return digitsInPart > 0
    }

    /// Whether the bytes are well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF),
    /// checked without building a `String`.
    static func isValidUTF8(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < text.count {
            let lead = text[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            guard let (trailing, second) = continuation(after: lead), index + trailing < text.count,
                  second.contains(text[index + 1]) else { return false }
            for offset in stride(from: 2, through: trailing, by: 1) where text[index + offset] & 0xC0 != 0x80 { return false }
            index += trailing + 1
        }
        return true
    }

    /// How many continuation bytes follow a lead byte, and the range the first of them must fall in.
    private static func continuation(after lead: UInt8) -> (Int, ClosedRange<UInt8>)? {
        switch lead {
        case 0xC2...0xDF: return (1, 0x80...0xBF)
        case 0xE0: return (2, 0xA0...0xBF)
        case 0xED: return (2, 0x80...0x9F)
        case 0xE1...0xEF: return (2, 0x80...0xBF)
        case 0xF0: return (3, 0x90...0xBF)
        case 0xF1...0xF3: return (3, 0x80...0xBF)
        case 0xF4: return (3, 0x80...0x8F)
        default: return nil
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isLowerAlnum(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || isDigit(byte) }
}
