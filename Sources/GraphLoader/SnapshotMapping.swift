import Foundation

/// A snapshot file mapped read-only into memory, unmapped when the last array read in place from it goes: the
/// owner that `ImageReader` hands to the store's arrays. Safe while the file is replaced, since a snapshot is
/// only ever replaced by renaming a new file over it (`SnapshotFile.write`): the mapping keeps the old file's
/// bytes, which nothing writes into.
final class SnapshotMapping {
    /// The mapped bytes.
    let bytes: UnsafeRawBufferPointer

    /// Maps the whole of an open file of `size` bytes, its pages read in ahead; `nil` when it cannot be mapped.
    init?(descriptor: Int32, size: Int) {
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor, 0), mapped != MAP_FAILED else { return nil }
        madvise(mapped, size, MADV_WILLNEED)
        bytes = UnsafeRawBufferPointer(start: mapped, count: size)
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }
}
