/// Receives the bytes of a store's image (`GraphStore.writeImage(to:)`) in order, so that a snapshot of
/// gigabytes goes to its file without being assembled in memory first: small fields are gathered in a buffer,
/// large arrays are handed to the sink straight from their storage. Array elements start at a multiple of
/// `ImageReader.alignment` from the image's start, so that a mapped image's arrays can be read in place.
public final class ImageWriter {
    /// Arrays at least this long go to the sink directly; shorter ones are gathered.
    private static let directThreshold = 1 << 16

    private var pending: [UInt8] = []
    private let sink: (UnsafeRawBufferPointer) -> Void
    /// Bytes handed over or gathered so far: the offset of the next byte in the image.
    private var written = 0

    /// A writer that hands every byte, in order, to `sink`.
    public init(sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.sink = sink
        pending.reserveCapacity(2 * Self.directThreshold)
    }

    /// Hands over what is still gathered; call once, after the last field.
    public func finish() { flush() }

    /// A whole number as eight little-endian bytes.
    public func integer(_ number: Int) {
        withUnsafeBytes(of: Int64(number).littleEndian) { raw($0) }
    }

    /// A text as its byte count and UTF-8 bytes.
    public func text(_ text: String) {
        var text = text
        text.withUTF8 { bytes(UnsafeRawBufferPointer($0)) }
    }

    /// Raw bytes, preceded by their count.
    func bytes(_ memory: UnsafeRawBufferPointer) {
        integer(memory.count)
        raw(memory)
    }

    /// An array of plain values (no references), as its element count, zeros up to the next aligned offset,
    /// and its memory.
    func array<Element>(_ array: StoreArray<Element>) {
        integer(array.count)
        let padding = (ImageReader.alignment - written % ImageReader.alignment) % ImageReader.alignment
        withUnsafeBytes(of: (UInt64(0), UInt64(0))) { raw(UnsafeRawBufferPointer(rebasing: $0.prefix(padding))) }
        array.withUnsafeBytes { raw($0) }
    }

    /// Memory without a count (the reader knows it from an earlier field).
    func raw(_ raw: UnsafeRawBufferPointer) {
        written += raw.count
        if raw.count < Self.directThreshold {
            pending.append(contentsOf: raw)
            flushIfFull()
        } else {
            flush()
            sink(raw)
        }
    }

    private func flushIfFull() {
        if pending.count >= Self.directThreshold { flush() }
    }

    private func flush() {
        guard !pending.isEmpty else { return }
        pending.withUnsafeBytes(sink)
        pending.removeAll(keepingCapacity: true)
    }
}
