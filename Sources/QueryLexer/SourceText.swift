import GraphModel

/// The text of one statement or script as UTF-8 bytes with the place it starts, shared by the lexer and the
/// parser so that both slice source text and build located errors the same way.
public struct SourceText: Sendable {
    /// The UTF-8 bytes of the text.
    public let bytes: [UInt8]
    /// Where the first byte sits in its file or prompt input; every reported position is offset by it.
    public let start: SourceLocation

    /// Wraps `text`, which starts at `start`.
    public init(_ text: String, start: SourceLocation) {
        self.bytes = Array(text.utf8)
        self.start = start
    }

    /// The exact text of a byte range, clamped to the text so that no range can trap.
    public func slice(_ range: Range<Int>) -> String {
        let lower = min(max(range.lowerBound, 0), bytes.count)
        let upper = min(max(range.upperBound, lower), bytes.count)
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    /// An error at `location` (the position of byte `offset`), carrying the line around that byte.
    public func error(_ message: String, at location: SourceLocation, offset: Int) -> SyntaxError {
        let offset = min(max(offset, 0), bytes.count)
        var lineStart = offset
        while lineStart > 0 && bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        var lineEnd = offset
        while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        while lineEnd > lineStart && bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        return SyntaxError(message: message, location: location, sourceLine: slice(lineStart..<lineEnd),
                           sourceLineColumn: lineStart == 0 ? start.column : 1)
    }
}
