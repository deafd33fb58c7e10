#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a DOT export or rendering failed. Each message names what failed and where, so the prompt can print
/// it and carry on.
public enum DOTExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The picture would have more nodes than the cap allows.
    case tooManyNodes(count: Int, limit: Int)
    /// The folder the file should go in does not exist or is no folder.
    case folderMissing(path: String, folder: String)
    /// The path names a folder, not a file.
    case isFolder(path: String)
    /// The folder or file may not be written (permissions, a read-only file system).
    case permissionDenied(path: String)
    /// The device holding the file has no space left.
    case deviceFull(path: String)
    /// Any other failure to write, with the system's reason.
    case writeFailed(path: String, reason: String)
    /// Graphviz's `dot` is not on `PATH`.
    case graphvizMissing(searched: String)
    /// `dot` ran and failed.
    case renderFailed(dotFile: String, status: Int32, message: String)

    /// The message shown to the user.
    public var description: String {
        switch self {
        case .tooManyNodes(let count, let limit):
            return "the picture would have \(count) nodes, more than the limit of \(limit); narrow it with a "
                + "smaller depth (--depth 1), a LIMIT or a WHERE in the query, or by folding measurements into labels"
        case .folderMissing(let path, let folder):
            return "cannot write '\(path)': the folder '\(folder)' does not exist"
        case .isFolder(let path):
            return "cannot write '\(path)': it is a folder; give a file name such as '\(path)/graph.dot'"
        case .permissionDenied(let path):
            return "cannot write '\(path)': permission denied"
        case .deviceFull(let path):
            return "cannot write '\(path)': no space left on the device; the previous file, if any, is unchanged"
        case .writeFailed(let path, let reason):
            return "cannot write '\(path)': \(reason)"
        case .graphvizMissing(let searched):
            return "cannot render: Graphviz's 'dot' was not found on PATH (\(searched)); install Graphviz "
                + "(apt install graphviz, brew install graphviz) or open the .dot file in another viewer"
        case .renderFailed(let dotFile, let status, let message):
            return "Graphviz 'dot' failed on '\(dotFile)' (exit status \(status)): \(message)"
        }
    }
}

extension DOTExportError {
    /// The error a failed system call on `path` means for the user.
    init(errno code: Int32, path: String, folder: String) {
        switch code {
        case ENOENT, ENOTDIR: self = .folderMissing(path: path, folder: folder)
        case EACCES, EPERM, EROFS: self = .permissionDenied(path: path)
        case ENOSPC, EDQUOT: self = .deviceFull(path: path)
        case EISDIR: self = .isFolder(path: path)
        default: self = .writeFailed(path: path, reason: String(cString: strerror(code)))
        }
    }
}
