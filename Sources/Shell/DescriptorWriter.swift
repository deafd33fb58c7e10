import Foundation

/// Writes text to a file descriptor with POSIX `write`, so that a failure (a full disk, a closed pipe) comes
/// back as an `errno` to report. Foundation's `FileHandle.write(_:)` traps on such failures instead.
enum DescriptorWriter {
    /// Writes all of `text`, retrying after interruptions and short writes.
    /// - Returns: `nil` once everything is written, else the failure's `errno`.
    static func write(_ text: String, to descriptor: Int32) -> Int32? {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            bytes = bytes.dropFirst(written)
        }
        return nil
    }

    /// The system's description of an `errno`, such as "No space left on device".
    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// POSIX `write`, which `DescriptorWriter.write` would otherwise hide.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
