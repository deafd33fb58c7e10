/// Why a document could not be drafted: each case says where and what, and the exit status it calls for.
public enum ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read at all.
    case unreadable(path: String, reason: String)
    /// The file has no bytes.
    case empty(path: String)
    /// The file is larger than a document can sensibly be.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// The file holds NUL bytes: not a text.
    case binary(path: String, offset: Int)
    /// The file is not UTF-8; `line` is where the first bad byte is.
    case invalidUTF8(path: String, line: Int)
    /// Nothing in the file reads as a figure.
    case noFigures(path: String)
    /// The output folder exists and holds files, and `--force` was not given.
    case outputNotEmpty(path: String)
    /// The output folder could not be written.
    case unwritable(path: String, reason: String)
    /// The source id is taken by the graph the draft is read against.
    case sourceExists(id: String)
    /// The source id is not a slug.
    case badSourceID(id: String)

    /// One sentence for standard error.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "cannot read '\(path)': \(reason)"
        case .empty(let path): return "'\(path)' is empty: there is nothing to extract"
        case .tooLarge(let path, let bytes, let limit):
            return "'\(path)' is \(bytes) bytes; documents larger than \(limit) bytes are refused (is it a text?)"
        case .binary(let path, let offset): return "'\(path)' is a binary file (NUL byte at offset \(offset)), not a text"
        case .invalidUTF8(let path, let line): return "'\(path)' is not valid UTF-8 (first bad byte on line \(line))"
        case .noFigures(let path): return "no figures found in '\(path)': nothing written"
        case .outputNotEmpty(let path): return "output folder '\(path)' exists and is not empty; use --force to replace it"
        case .unwritable(let path, let reason): return "cannot write '\(path)': \(reason)"
        case .sourceExists(let id): return "source id '\(id)' is already in the graph; choose another --source"
        case .badSourceID(let id): return "source id '\(id)' is not a slug ([a-z0-9][a-z0-9-]*)"
        }
    }

    /// 2 for what the user must fix on the command line or in the file system, 1 when the document holds nothing.
    public var exitStatus: Int32 {
        if case .noFigures = self { return 1 }
        return 2
    }
}
