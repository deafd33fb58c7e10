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

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let graph = root.appendingPathComponent("Graph").path
    static let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds").path

    var path: String { Self.seeds + "/" + file }
    /// The id the draft's source gets: not one of the graph's.
    var draftSource: String { "draft-" + file.prefix(3) }

    static let all = [
        SeedDocument(file: "000_8ba1e5c70a3d879f.txt", sources: ["fy2025-zh-en", "fy2025-en"], date: "2026-01-14",
                     language: "zh+en", recallFloor: 52, precisionFloor: 59),
        SeedDocument(file: "001_56f48a4600b290e9.txt", sources: ["fy2025-en"], date: "2026-01-14", language: "en",
                     recallFloor: 52, precisionFloor: 58),
        SeedDocument(file: "002_e1e93852104e79e2.txt", sources: ["recap-2025"], date: nil, language: "zh",
                     recallFloor: 50, precisionFloor: 54),
        SeedDocument(file: "003_794181c803144975.txt", sources: ["h1-2025"], date: "2025-07-14", language: "en",
                     recallFloor: 75, precisionFloor: 81),
        SeedDocument(file: "004_09d04f27f2e5f938.txt", sources: ["q1-2025"], date: "2025-04-14", language: "en",
                     recallFloor: 49, precisionFloor: 54),
    ]
}
