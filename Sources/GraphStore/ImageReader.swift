/// Reads a store's image back from memory (a mapped snapshot file), checking every count against the bytes
/// left, so that an image that is not what `ImageWriter` wrote fails with an `ImageError` instead of reading
/// past its end or allocating without bound.
public struct ImageReader {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    /// A reader over the image's bytes, which must stay valid while it reads.
    public init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// Whether every byte was read.
    public var isAtEnd: Bool { offset == bytes.count }

    /// A whole number written by `ImageWriter.integer`.
    public mutating func integer() throws(ImageError) -> Int {
        try need(8)
        let number = Int(Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int64.self)))
        offset += 8
        return number
    }

    /// A count of elements of `stride` bytes each that the rest of the image can hold.
    mutating func count(stride: Int = 1) throws(ImageError) -> Int {
        let count = try integer()
        guard count >= 0, count <= (bytes.count - offset) / max(stride, 1) else {
            throw ImageError(offset: offset - 8, reason: "a count of \(count) does not fit the image")
        }
        return count
    }

    /// A text written by `ImageWriter.text`.
    public mutating func text() throws(ImageError) -> String {
        let raw = try bytes(count: count())
        return String(decoding: raw, as: UTF8.self)
    }

    /// Bytes written by `ImageWriter.bytes`, as an array.
    mutating func byteArray() throws(ImageError) -> [UInt8] {
        Array(try bytes(count: count()))
    }

    /// An array written by `ImageWriter.array`.
    mutating func array<Element>(of type: Element.Type) throws(ImageError) -> ContiguousArray<Element> {
        try array(of: type, count: count(stride: MemoryLayout<Element>.stride))
    }

    /// `count` elements written by `ImageWriter.raw` without their count.
    mutating func array<Element>(of type: Element.Type, count: Int) throws(ImageError) -> ContiguousArray<Element> {
        precondition(_isPOD(Element.self), "only plain values have an image")
        let raw = try bytes(count: count * MemoryLayout<Element>.stride)
        return ContiguousArray(unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw)
            initialized = count
        }
    }

    /// The next `count` bytes, without copying them.
    mutating func bytes(count: Int) throws(ImageError) -> UnsafeRawBufferPointer {
        try need(count)
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
    }

    /// Fails unless a condition the writer guarantees holds.
    func expect(_ condition: Bool, _ reason: @autoclosure () -> String) throws(ImageError) {
        guard condition else { throw ImageError(offset: offset, reason: reason()) }
    }

    private func need(_ count: Int) throws(ImageError) {
        guard count >= 0, count <= bytes.count - offset else {
            throw ImageError(offset: offset, reason: "the image ends \(count - (bytes.count - offset)) bytes early")
        }
    }
}

/// An image that cannot be read back into a store (or a store that cannot be written as one), with where.
public struct ImageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The byte offset into the image where reading failed (0 for a write).
    public let offset: Int
    /// What was wrong.
    public let reason: String

    /// `at byte N: reason`.
    public var description: String { "at byte \(offset): \(reason)" }
}
