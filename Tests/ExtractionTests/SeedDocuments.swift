import Foundation

/// The five documents the bundled graph is built from, as the evaluation drafts them: each with the graph
/// sources whose figures it states (the bilingual transcript states the same figures as the English one,
/// whose rows the graph holds) and the floors the README records.
struct SeedDocument {
    let file: String
    /// Graph sources whose measurements the document states.
    let sources: Set<String>
    let date: String?
    let language: String
    /// Recall and precision (percent) below which the evaluation fails: the figures of the README.
    let recallFloor: Double
    let precisionFloor: Double
    /// Read only the Chinese paragraphs of a bilingual file (the English lines blanked, line numbers kept): how
    /// well a document in Chinese alone is drafted.
    var chineseOnly = false

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let graph = root.appendingPathComponent("Graph").path
    static let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds").path

    var path: String { Self.seeds + "/" + file }
    /// The id the draft's source gets: not one of the graph's.
    var draftSource: String { "draft-" + file.prefix(3) + (chineseOnly ? "-zh" : "") }
    /// How the evaluation names it.
    var label: String { chineseOnly ? "\(file.prefix(3)) Chinese paragraphs only" : file }

    /// The file to draft: the document itself, or a copy in `scratch` with its English lines blank.
    func text(in scratch: URL) throws -> String {
        guard chineseOnly else { return path }
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let copy = scratch.appendingPathComponent("\(draftSource).txt")
        try lines.map { Self.isChinese($0) ? String($0) : "" }.joined(separator: "\n")
            .write(to: copy, atomically: true, encoding: .utf8)
        return copy.path
    }

    /// A line is Chinese when more than a fifth of its characters are Han characters.
    static func isChinese(_ line: Substring) -> Bool {
        line.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.count * 5 > line.count
    }

    static let all = [
        SeedDocument(file: "000_8ba1e5c70a3d879f.txt", sources: ["fy2025-zh-en", "fy2025-en"], date: "2026-01-14",
                     language: "zh+en", recallFloor: 92.7, precisionFloor: 93.7),
        SeedDocument(file: "000_8ba1e5c70a3d879f.txt", sources: ["fy2025-zh-en", "fy2025-en"], date: "2026-01-14",
                     language: "zh", recallFloor: 90.8, precisionFloor: 91.5, chineseOnly: true),
        SeedDocument(file: "001_56f48a4600b290e9.txt", sources: ["fy2025-en"], date: "2026-01-14", language: "en",
                     recallFloor: 92.6, precisionFloor: 93.3),
        SeedDocument(file: "002_e1e93852104e79e2.txt", sources: ["recap-2025"], date: nil, language: "zh",
                     recallFloor: 92.5, precisionFloor: 92.5),
        SeedDocument(file: "003_794181c803144975.txt", sources: ["h1-2025"], date: "2025-07-14", language: "en",
                     recallFloor: 100, precisionFloor: 100),
        SeedDocument(file: "004_09d04f27f2e5f938.txt", sources: ["q1-2025"], date: "2025-04-14", language: "en",
                     recallFloor: 90.3, precisionFloor: 92.3),
    ]
}
