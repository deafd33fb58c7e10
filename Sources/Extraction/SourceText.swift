import Foundation

/// A document's text, checked before anything reads it: not empty, not binary, UTF-8, not huge; split in
/// lines as the graph counts them (1-based, a trailing CR dropped).
public struct SourceText: Sendable {
    /// Documents larger than this are refused: a briefing is under 100 KB.
    public static let byteLimit = 10_000_000
    /// The file's name, as `sources.csv` records it.
    public let fileName: String
    /// Its lines; `lines[0]` is line 1.
    public let lines: [String]

    /// Reads and checks `path`.
    public init(path: String) throws(ExtractionError) {
        let url = URL(fileURLWithPath: path)
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > Self.byteLimit {
            throw .tooLarge(path: path, bytes: size, limit: Self.byteLimit)
        }
        guard let data = try? Data(contentsOf: url) else {
            throw .unreadable(path: path, reason: FileManager.default.fileExists(atPath: path) ? "not a readable file" : "no such file")
        }
        try self.init(data: data, path: path)
    }

    /// Checks `data` read from `path`.
    public init(data: Data, path: String) throws(ExtractionError) {
        guard !data.isEmpty else { throw .empty(path: path) }
        if let nul = data.firstIndex(of: 0) { throw .binary(path: path, offset: nul - data.startIndex) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalidUTF8(path: path, line: Self.lineOfFirstBadByte(data))
        }
        fileName = URL(fileURLWithPath: path).lastPathComponent
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
    }

    private static func lineOfFirstBadByte(_ data: Data) -> Int {
        let lines = data.split(separator: 10, omittingEmptySubsequences: false)
        return (lines.firstIndex { String(data: Data($0), encoding: .utf8) == nil } ?? 0) + 1
    }
}
