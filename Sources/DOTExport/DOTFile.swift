import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes export files so that a reader never sees half a file and a failed export never costs the user
/// the previous one: the text goes to a temporary file beside the target, which replaces the target only
/// once it is completely written and flushed to disk.
public enum DOTFile {
    /// Writes `text` as UTF-8 to `path`, atomically.
    ///
    /// A path that names a device or socket (`/dev/stdout`) is written directly, since it cannot be replaced.
    /// A symbolic link is followed, so the file it points to is replaced and the link kept.
    /// - Throws: `DOTExportError` naming the path: folder missing, permission denied, device full, ...
    public static func write(_ text: String, to path: String) throws(DOTExportError) {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let existing = try? FileManager.default.attributesOfItem(atPath: target)
        let bytes = Array(text.utf8)
        switch existing?[.type] as? FileAttributeType {
        case .typeDirectory?:
            throw .isFolder(path: path)
        case .typeCharacterSpecial?, .typeBlockSpecial?, .typeSocket?:
            try writeDirectly(bytes, to: target, reported: path)
        default:
            let permissions = (existing?[.posixPermissions] as? NSNumber)?.uint16Value
            try writeReplacing(bytes, target: target, reported: path, permissions: permissions)
        }
    }

    /// A fresh hidden name in the target's folder: the same folder, so the final rename cannot cross devices.
    public static func temporaryPath(beside target: String) -> String {
        let url = URL(fileURLWithPath: target)
        let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(suffix).tmp").path
    }

    /// Renames a finished temporary file over the target, removing it when that fails.
    public static func moveIntoPlace(_ temporary: String, target: String, reported path: String) throws(DOTExportError) {
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw DOTExportError(errno: code, path: path, folder: folder(of: target))
        }
    }

    /// The folder a path is in, for messages.
    static func folder(of path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().path
    }

    private static func writeReplacing(_ bytes: [UInt8], target: String, reported path: String,
                                       permissions: UInt16?) throws(DOTExportError) {
        let temporary = temporaryPath(beside: target)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        guard descriptor >= 0 else { throw DOTExportError(errno: errno, path: path, folder: folder(of: target)) }
        do throws(DOTExportError) {
            if let permissions { fchmod(descriptor, mode_t(permissions)) }
            try writeAll(bytes, to: descriptor, reported: path)
            guard fsync(descriptor) == 0 else { throw DOTExportError(errno: errno, path: path, folder: folder(of: target)) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard close(descriptor) == 0 else {
            let code = errno
            unlink(temporary)
            throw DOTExportError(errno: code, path: path, folder: folder(of: target))
        }
        try moveIntoPlace(temporary, target: target, reported: path)
    }

    private static func writeDirectly(_ bytes: [UInt8], to target: String, reported path: String) throws(DOTExportError) {
        let descriptor = open(target, O_WRONLY)
        guard descriptor >= 0 else { throw DOTExportError(errno: errno, path: path, folder: folder(of: target)) }
        defer { close(descriptor) }
        try writeAll(bytes, to: descriptor, reported: path)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, reported path: String) throws(DOTExportError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw DOTExportError(errno: errno, path: path, folder: folder(of: path))
            }
            offset += written
        }
    }
}

/// POSIX `write`, which the members named `write` above would otherwise hide.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
