import Dispatch

/// The checksum of a snapshot: each block of `blockSize` bytes hashed on its own (four independent
/// multiply-xor lanes, so a block hashes at memory speed) and the block hashes folded in order. Blocks let the
/// writer hash as it streams and the reader hash on every core; any change to one 8-byte word changes its
/// block's hash, since every step of a lane is a bijection.
struct SnapshotChecksum {
    static let blockSize = 1 << 20
    private static let prime: UInt64 = 0x9E37_79B9_7F4A_7C15

    private(set) var value: UInt64 = 0x243F_6A88_85A3_08D3

    /// Folds in the hash of the next block (the last may be short).
    mutating func add(block: UnsafeRawBufferPointer) {
        value = Self.fold(value, Self.hash(block))
    }

    /// The checksum of a whole buffer, its blocks hashed in parallel.
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let blocks = (bytes.count + blockSize - 1) / blockSize
        var hashes = [UInt64](repeating: 0, count: blocks)
        hashes.withUnsafeMutableBufferPointer { results in
            let shared = Shared((bytes: bytes, results: results))
            DispatchQueue.concurrentPerform(iterations: blocks) { block in
                let (bytes, results) = shared.value
                let start = block * blockSize
                results[block] = hash(UnsafeRawBufferPointer(rebasing: bytes[start..<min(start + blockSize, bytes.count)]))
            }
        }
        return hashes.reduce(SnapshotChecksum().value, fold)
    }

    private static func fold(_ state: UInt64, _ hash: UInt64) -> UInt64 {
        ((state ^ hash) &* prime) ^ (state >> 29)
    }

    private static func hash(_ block: UnsafeRawBufferPointer) -> UInt64 {
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (1, 2, 3, UInt64(block.count))
        let words = block.count / 8
        var word = 0
        while word + 4 <= words {
            let offset = word * 8
            lanes.0 = (lanes.0 ^ block.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime
            lanes.1 = (lanes.1 ^ block.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)) &* prime
            lanes.2 = (lanes.2 ^ block.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)) &* prime
            lanes.3 = (lanes.3 ^ block.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)) &* prime
            word += 4
        }
        for byte in block[(word * 8)...] { lanes.0 = (lanes.0 ^ UInt64(byte)) &* prime }
        return fold(fold(fold(lanes.0, lanes.1), lanes.2), lanes.3)
    }
}
