import GraphModel

/// Fields: the plain CSV forms, and the values of the columns that need more than a word list.
extension MeasurementChunkReader {
    /// Reads the next field and hands its bytes (a quoted field's without its quotes, `""` undoubled) to
    /// `body`; false for a stray quote or carriage return, which the record-by-record loader handles, or when
    /// `body` returns false.
    mutating func readField(_ body: (inout Self, UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        if position < bytes.count && bytes[position] == UInt8(ascii: "\"") {
            guard readQuoted() else { return false }
            let content = quoted
            return content.withUnsafeBufferPointer { body(&self, $0) }
        }
        let start = position
        scan: while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: ","), UInt8(ascii: "\n"):
                break scan
            case UInt8(ascii: "\r"):
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "\n") else { return false }
                break scan
            case UInt8(ascii: "\""):
                return false
            default:
                position += 1
            }
        }
        return body(&self, UnsafeBufferPointer(rebasing: bytes[start..<position]))
    }

    /// Reads a quoted field into `quoted`; false when it is never closed.
    private mutating func readQuoted() -> Bool {
        quoted.removeAll(keepingCapacity: true)
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "\n") { newlines += 1 }
            if byte == UInt8(ascii: "\"") {
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return true }
                position += 1
            }
            quoted.append(byte)
        }
        return false
    }

    /// Moves past `byte` when it comes next.
    mutating func consume(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// Moves past a line end (LF or CRLF) when one comes next.
    mutating func skipLineEnd() -> Bool {
        if consume(UInt8(ascii: "\n")) || (position + 1 < bytes.count && bytes[position] == UInt8(ascii: "\r")
                                           && bytes[position + 1] == UInt8(ascii: "\n") && consume(UInt8(ascii: "\r")) && consume(UInt8(ascii: "\n"))) {
            newlines += 1
            return true
        }
        return false
    }

    /// The position of a period in `periodForms` + 1, parsing each distinct text once; `nil` when invalid.
    mutating func period(_ text: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard let key = ShortKey(text) else { return nil }
        if let known = knownPeriods[key] { return known }
        guard let period = try? Period(parsing: String(decoding: text, as: UTF8.self)) else { return nil }
        periodForms.append(PeriodForms(period))
        knownPeriods[key] = UInt32(periodForms.count)
        return UInt32(periodForms.count)
    }

    /// The code of an `approx` field: 0 when empty, `about` for the generator's `true`.
    static func approximation(_ text: UnsafeBufferPointer<UInt8>) -> UInt32? {
        if text.isEmpty { return 0 }
        if text.elementsEqual("true".utf8) {
            return WordList.approximation.words.firstIndex(of: Approximation.about.rawValue).map { UInt32($0 + 1) }
        }
        return WordList.approximation.code(of: text)
    }

    /// A `line` field: `nil` unless empty (`.some(nil)`) or plain digits of a number from 1.
    static func lineNumber(_ text: UnsafeBufferPointer<UInt8>) -> Int64?? {
        if text.isEmpty { return .some(nil) }
        var number: Int64 = 0
        for byte in text {
            guard FieldSyntax.isDigit(byte) else { return nil }
            let (times, overflow) = number.multipliedReportingOverflow(by: 10)
            let (sum, overflowAgain) = times.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
            guard !overflow, !overflowAgain else { return nil }
            number = sum
        }
        return number > 0 ? .some(number) : nil
    }

    /// Whether an evidence field is stored (false when empty); `nil` when it is not UTF-8 or too long.
    static func evidence(_ text: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard FieldSyntax.isValidUTF8(text) else { return nil }
        // A character takes at least one byte: only a longer text needs its characters counted.
        if text.count > LoadSession.evidenceLimit && String(decoding: text, as: UTF8.self).count > LoadSession.evidenceLimit {
            return nil
        }
        return !text.isEmpty
    }
}
