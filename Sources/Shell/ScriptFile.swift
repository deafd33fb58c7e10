import Foundation

/// Reads a script (`-f FILE`, `:source FILE`) whole with `open` and `read`, until the end of the file.
///
/// Foundation's `FileManager.contents(atPath:)` is not used because on Linux it leaks: for a file whose size
/// reads as 0 (an empty script) swift-foundation's `readDataFromFile` allocates a 4 KB buffer to read into
/// and returns an empty `Data` without freeing it, so every `:source` of an empty file lost 4 KB
/// (LeakSanitizer: `readBytesFromFile` under `FileManager.contents`). Reading to the end also takes
/// scripts that report no size, such as `-f /dev/stdin` or a shell's `<(...)`.
public enum ScriptFile {
    /// Why a script could not be read: the `errno` of the failing call.
    public struct Failure: Error, Equatable {
        /// The system's error number (`ENOENT`, `EISDIR`, `EACCES`, ...).
        public let code: Int32

        /// A short reason for messages: "no such file", "it is a folder", "permission denied", else the
        /// system's description.
        public var reason: String {
            switch code {
            case ENOENT: return "no such file"
            case EISDIR: return "it is a folder"
            case EACCES, EPERM: return "permission denied"
            default: return String(cString: strerror(code))
            }
        }
    }

    /// The bytes of the file at `path`.
    public static func read(_ path: String) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(Failure(code: errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(Failure(code: errno)) }
        if status.st_mode & S_IFMT == S_IFDIR { return .failure(Failure(code: EISDIR)) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: max(4096, min(Int(status.st_size) + 1, 1 << 20)))
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return .success(bytes) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Failure(code: errno))
            }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    /// The text of the file at `path`, or why it could not be had: `nil` text when it is not UTF-8. A
    /// leading byte order mark is dropped, as `String(data:encoding: .utf8)` drops it.
    public static func text(_ path: String) -> Result<String?, Failure> {
        read(path).map { bytes in
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            return String(validating: bytes.starts(with: bom) ? bytes.dropFirst(3) : bytes[...], as: UTF8.self)
        }
    }
}
