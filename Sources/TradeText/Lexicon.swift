import Foundation

/// The cue words of trade text in English and Chinese, read from the data files in `Resources/`
/// (`cues-en.tsv`, `cues-zh.tsv`) so that a reader can review and extend them without reading code.
public struct Lexicon: Sendable {
    /// Every entry of every file, in file order.
    public let entries: [LexiconEntry]

    /// Entries given directly (tests, or a user's own list).
    public init(entries: [LexiconEntry]) {
        self.entries = entries
    }

    /// The bundled English and Chinese lists, read once per process.
    public static func bundled() throws(LexiconError) -> Lexicon {
        try bundledResult.get()
    }

    private static let bundledResult: Result<Lexicon, LexiconError> = {
        do throws(LexiconError) {
            var entries: [LexiconEntry] = []
            for name in ["cues-en", "cues-zh"] {
                guard let url = Bundle.module.url(forResource: name, withExtension: "tsv") else {
                    throw LexiconError(file: "\(name).tsv", line: 0, reason: "not found beside the program")
                }
                guard let data = try? Data(contentsOf: url) else {
                    throw LexiconError(file: url.lastPathComponent, line: 0, reason: "cannot be read")
                }
                entries += try parse(data, file: url.lastPathComponent)
            }
            return .success(Lexicon(entries: entries))
        } catch {
            return .failure(error)
        }
    }()

    /// Reads one file's lines: `kind<TAB>phrase[<TAB>meaning]`, `#` comments and blank lines skipped.
    public static func parse(_ data: Data, file: String) throws(LexiconError) -> [LexiconEntry] {
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError(file: file, line: 0, reason: "is not valid UTF-8")
        }
        var entries: [LexiconEntry] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw).trimmingWhitespace
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = raw.split(separator: "\t", omittingEmptySubsequences: false)
                .map { String($0).trimmingWhitespace }
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw LexiconError(file: file, line: index + 1, reason: "expected kind<TAB>phrase[<TAB>meaning]")
            }
            entries.append(LexiconEntry(kind: fields[0], phrase: fields[1], meaning: fields.count > 2 ? fields[2] : "",
                                        file: file, line: index + 1))
        }
        return entries
    }

    /// The entries of one kind.
    public func phrases(kind: String) -> [LexiconEntry] {
        entries.filter { $0.kind == kind }
    }

    /// The entries of several kinds, for one matcher over all of them.
    public func phrases(kinds: Set<String>) -> [LexiconEntry] {
        entries.filter { kinds.contains($0.kind) }
    }
}
