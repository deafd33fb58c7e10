import Foundation

/// Where a snapshot's image streams to: gathered into checksum blocks, each hashed and written to the file
/// as it fills, so the checksum is known when the last byte is written without reading anything back.
final class SnapshotSink {
    private let descriptor: Int32
    private var offset: Int
    private var block: [UInt8] = []
    private var failure: Int32?
    private(set) var checksum = SnapshotChecksum()
    /// Bytes taken so far.
    private(set) var written = 0

    /// A sink writing at `offset` of the open file.
    init(descriptor: Int32, offset: Int) {
        self.descriptor = descriptor
        self.offset = offset
        block.reserveCapacity(SnapshotChecksum.blockSize)
    }

    /// Takes the next bytes of the image.
    func take(_ bytes: UnsafeRawBufferPointer) {
        written += bytes.count
        var rest = bytes
        while !rest.isEmpty {
            let part = rest.prefix(SnapshotChecksum.blockSize - block.count)
            block.append(contentsOf: part)
            rest = UnsafeRawBufferPointer(rebasing: rest[part.count...])
            if block.count == SnapshotChecksum.blockSize { writeBlock() }
        }
    }

    /// Writes the last, short block.
    /// - Throws: the first write that failed.
    func finish(path: String) throws(SnapshotWriteError) {
        if !block.isEmpty { writeBlock() }
        if let failure { throw SnapshotWriteError(path: path, errno: failure) }
    }

    private func writeBlock() {
        block.withUnsafeBytes { bytes in
            checksum.add(block: bytes)
            var done = 0
            while failure == nil && done < bytes.count {
                let count = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
                if count < 0 && errno != EINTR { failure = errno }
                done += max(0, count)
            }
        }
        offset += block.count
        block.removeAll(keepingCapacity: true)
    }
}
