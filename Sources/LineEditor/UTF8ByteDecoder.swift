/// Assembles the bytes read one at a time from the terminal into Unicode scalars, so that a Chinese
/// character typed as three bytes reaches libedit as one wide character. A byte that cannot start a
/// character gives U+FFFD, and a sequence cut short by a new character is dropped, so malformed input
/// never stalls the line.
struct UTF8ByteDecoder {
    private var pending: [UInt8] = []
    private var expected = 0

    /// Feeds one byte; returns a scalar when one is complete, `nil` while more bytes are needed.
    mutating func feed(_ byte: UInt8) -> Unicode.Scalar? {
        if pending.isEmpty {
            switch byte {
            case 0x00...0x7F: return Unicode.Scalar(byte)
            case 0xC2...0xDF: expected = 2
            case 0xE0...0xEF: expected = 3
            case 0xF0...0xF4: expected = 4
            default: return Self.replacement
            }
            pending = [byte]
            return nil
        }
        guard byte & 0xC0 == 0x80 else {
            // This byte cut the previous sequence short: drop that and start over with this byte.
            reset()
            return feed(byte)
        }
        pending.append(byte)
        guard pending.count == expected else { return nil }
        defer { reset() }
        var iterator = pending.makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return Self.replacement
    }

    private mutating func reset() {
        pending.removeAll(keepingCapacity: true)
        expected = 0
    }

    private static let replacement = Unicode.Scalar(0xFFFD as UInt32) ?? "?"
}
