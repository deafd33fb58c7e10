import Foundation
import GraphStore

/// A snapshot file: a 32-byte header (magic, format version, memory layout, length of the rest, checksum of
/// the rest), then the key it was made for and the store's image. It is read by mapping it: the header and
/// key decide whether it may be used before any of the image is touched, and the checksum is checked before
/// the image is decoded, so a stale, truncated, foreign or damaged file is never trusted. The store's large
/// arrays are then the mapped file itself, read in place (`SnapshotMapping`), not copies.
enum SnapshotFile {
    /// Raise whenever the image's layout changes (`GraphStore.writeImage`): older files are then ignored.
    static let formatVersion: UInt32 = 2
    static let magic = Array("TGSNAPSH".utf8)
    static let headerSize = 32

    /// Why a snapshot file was not used, as a note says it.
    enum Rejection: Error, Equatable {
        case foreign(String)
        case stale
        case truncated
        case damaged(String)

        var reason: String {
            switch self {
            case .foreign(let why): return "it is \(why)"
            case .stale: return "the graph's files changed since it was written"
            case .truncated: return "it is truncated"
            case .damaged(let why): return "it is damaged (\(why))"
            }
        }
    }

    /// The store in the snapshot at `path` if it was made for `key`; `nil` when there is no such file.
    static func read(_ path: String, key: SnapshotKey) throws(Rejection) -> GraphStore? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            // Missing, or another user's (which is not this user's cache to judge): read the CSV files.
            if [ENOENT, ENOTDIR, EACCES, EPERM].contains(errno) { return nil }
            throw .foreign("unreadable: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else { throw .truncated }
        let size = Int(status.st_size)
        guard let mapping = SnapshotMapping(descriptor: descriptor, size: size) else {
            throw .foreign("not mappable: \(String(cString: strerror(errno)))")
        }
        return try decode(mapping, key: key)
    }

    private static func decode(_ mapping: SnapshotMapping, key: SnapshotKey) throws(Rejection) -> GraphStore {
        let file = mapping.bytes
        guard file.prefix(8).elementsEqual(magic.prefix(file.count)) else { throw .foreign("not a tradegraph snapshot") }
        guard file.count >= headerSize else { throw .truncated }
        let header = (version: file.loadUnaligned(fromByteOffset: 8, as: UInt32.self),
                      layout: file.loadUnaligned(fromByteOffset: 12, as: UInt32.self),
                      length: Int(file.loadUnaligned(fromByteOffset: 16, as: UInt64.self)),
                      checksum: file.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
        guard header.version == formatVersion, header.layout == GraphStore.imageLayout else {
            throw .foreign("written by another version of tradegraph")
        }
        let rest = UnsafeRawBufferPointer(rebasing: file[headerSize...])
        guard header.length <= rest.count else { throw .truncated }
        guard header.length == rest.count else { throw .damaged("bytes after its end") }
        var reader = ImageReader(rest, owner: mapping)
        guard let folders = try? reader.text(), let stamps = try? reader.text() else { throw .damaged("no key") }
        guard folders == key.folders else { throw .foreign("made for other folders") }
        guard stamps == key.stamps else { throw .stale }
        guard SnapshotChecksum.of(rest) == header.checksum else { throw .damaged("checksum mismatch") }
        do {
            return try GraphStore(image: &reader)
        } catch {
            throw .damaged(error.description)
        }
    }

    /// Writes the store's snapshot to `path` atomically: into a temporary file beside it, renamed over it
    /// when complete. Not flushed to disk: a file torn by a crash fails its checksum and is rebuilt.
    /// - Throws: what went wrong, as a sentence.
    static func write(_ store: GraphStore, key: SnapshotKey, to path: String) throws(SnapshotWriteError) {
        let temporary = path + "." + String(UInt64.random(in: 0...UInt64.max), radix: 36) + ".tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw SnapshotWriteError(path: temporary, errno: errno) }
        let sink = SnapshotSink(descriptor: descriptor, offset: headerSize)
        do throws(SnapshotWriteError) {
            let writer = ImageWriter(sink: sink.take)
            writer.text(key.folders)
            writer.text(key.stamps)
            do { try store.writeImage(to: writer) } catch { throw SnapshotWriteError(path: path, reason: error.reason) }
            try sink.finish(path: temporary)
            try writeHeader(to: descriptor, length: sink.written, checksum: sink.checksum.value, path: temporary)
            guard close(descriptor) == 0 else { throw SnapshotWriteError(path: temporary, errno: errno) }
            guard rename(temporary, path) == 0 else { throw SnapshotWriteError(path: path, errno: errno) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
    }

    private static func writeHeader(to descriptor: Int32, length: Int, checksum: UInt64, path: String) throws(SnapshotWriteError) {
        var header = magic
        withUnsafeBytes(of: formatVersion.littleEndian) { header += $0 }
        withUnsafeBytes(of: GraphStore.imageLayout.littleEndian) { header += $0 }
        withUnsafeBytes(of: UInt64(length).littleEndian) { header += $0 }
        withUnsafeBytes(of: checksum.littleEndian) { header += $0 }
        guard pwrite(descriptor, header, header.count, 0) == header.count else { throw SnapshotWriteError(path: path, errno: errno) }
    }
}

/// A snapshot that could not be written: the file, the reason, and the system's error number (0 when none).
struct SnapshotWriteError: Error, CustomStringConvertible {
    let path: String
    let reason: String
    let code: Int32

    init(path: String, reason: String) {
        self.path = path
        self.reason = reason
        code = 0
    }

    init(path: String, errno code: Int32) {
        self.path = path
        reason = String(cString: strerror(code))
        self.code = code
    }

    var description: String { "cannot write '\(path)': \(reason)" }
}
