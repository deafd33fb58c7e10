/// Reads a store's image back from memory (a mapped snapshot file), checking every count against the bytes
/// left, so that an image that is not what `ImageWriter` wrote fails with an `ImageError` instead of reading
/// past its end or allocating without bound.
///
/// Given the owner of the bytes (a mapping of a snapshot file), arrays are not copied but read in place: they
/// keep the owner, and with it the bytes, alive. The bytes must then never change while mapped — a snapshot is
/// replaced by renaming a new file over it, never written into, so a mapping keeps the file it was made of.
public struct ImageReader {
    /// Arrays start at a multiple of this many bytes from the image's start (`ImageWriter.array`).
    static let alignment = 16

    private let bytes: UnsafeRawBufferPointer
    private let owner: AnyObject?
    private var offset = 0

    /// A reader over the image's bytes; with an `owner`, which keeps them valid and unchanged for as long as it
    /// lives, arrays are read in place (when the bytes start at an aligned address); without, they are copied
    /// and the bytes need stay valid only while it reads.
    public init(_ bytes: UnsafeRawBufferPointer, owner: AnyObject? = nil) {
        self.bytes = bytes
        self.owner = bytes.baseAddress.map { Int(bitPattern: $0) % Self.alignment == 0 } == true ? owner : nil
    }

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

    /// An array written by `ImageWriter.array`: read in place when the reader has an owner, else copied.
    mutating func array<Element>(of type: Element.Type) throws(ImageError) -> StoreArray<Element> {
        let count = try count(stride: MemoryLayout<Element>.stride)
        _ = try bytes(count: (Self.alignment - offset % Self.alignment) % Self.alignment)
        let raw = try bytes(count: count * MemoryLayout<Element>.stride)
        guard let owner, let start = raw.baseAddress else { return StoreArray(copying: raw) }
        return StoreArray(mapped: start, count: count, owner: owner)
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
