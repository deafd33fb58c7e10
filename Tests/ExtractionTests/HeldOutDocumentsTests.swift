import Extraction
import Foundation
@testable import GraphLoader
import XCTest

/// Drafts the held-out documents (`Fixtures/heldout/`: sets written apart from the extractor, in news, reports,
/// transcripts, releases, newsletters, explainers, digests, commentary, podcasts, opinion, fact sheets and tables, live
/// blogs, radio, blogs, data briefs, study notes, speeches, briefs, interviews, executive summaries, threads, lectures
/// and broadcasts; each set was scored once before any rule it prompted, and the last is unseen) and compares each
/// draft with the article's gold rows by `FigureKey`, as `scripts/extract-misses.py --doc --gold` does: recall and
/// precision, printed and held to the floors that `Fixtures/heldout/README.md` records.
final class HeldOutDocumentsTests: XCTestCase {
    /// One held-out article: `NAME.txt`, its gold rows `NAME.csv` (`figures` of them), the date it is drafted with,
    /// and its floors (percent).
    struct Article {
        let name: String
        let language: DocumentLanguage
        let figures: Int
        let recallFloor: Double
        let precisionFloor: Double
        var date = "2026-01-15"
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/heldout")
    static let articles = [
        Article(name: "en-article", language: .english, figures: 37, recallFloor: 99.9, precisionFloor: 99.9),
        Article(name: "zh-article", language: .chinese, figures: 37, recallFloor: 99.9, precisionFloor: 99.9),
        // The second pair, written later and first scored before any rule for it (78.9/78.9 and 76.3/78.4); its misses
        // prompted the rules of `BindingTests+Pointing.swift`, so it is no longer unseen either.
        Article(name: "en-report", language: .english, figures: 38, recallFloor: 99.9, precisionFloor: 99.9),
        Article(name: "zh-briefing", language: .chinese, figures: 38, recallFloor: 94.7, precisionFloor: 97.2),
        // Sets 3 and 4, scored first before any rule for them (set 3: 84.1/86.0, 88.6/88.6, 59.1/63.4, 63.6/63.6;
        // set 4: 77.3/73.3, 95.5/95.5, 59.1/60.5, 68.9/70.5, after the period rules of `BindingTests+Releases`,
        // which set 3 prompted); their misses prompted the rules of `BindingTests+Releases.swift`.
        Article(name: "en-transcript", language: .english, figures: 44, recallFloor: 93.1, precisionFloor: 93.1, date: "2025-07-14"),
        Article(name: "zh-wire", language: .chinese, figures: 44, recallFloor: 97.7, precisionFloor: 97.7, date: "2026-01-20"),
        Article(name: "en-analysis", language: .english, figures: 44, recallFloor: 97.7, precisionFloor: 97.7, date: "2026-01-20"),
        Article(name: "zh-feature", language: .chinese, figures: 44, recallFloor: 88.6, precisionFloor: 88.6, date: "2026-01-20"),
        Article(name: "en-release", language: .english, figures: 44, recallFloor: 95.4, precisionFloor: 95.4, date: "2026-01-20"),
        Article(name: "zh-release", language: .chinese, figures: 44, recallFloor: 99.9, precisionFloor: 99.9, date: "2026-01-20"),
        Article(name: "en-newsletter", language: .english, figures: 44, recallFloor: 93.1, precisionFloor: 95.3, date: "2026-01-20"),
        Article(name: "zh-qa", language: .chinese, figures: 45, recallFloor: 82.2, precisionFloor: 84, date: "2026-01-20"),
        // Set 5, scored first after the rules sets 3 and 4 prompted (79.5/79.5, 38.6/47.2, 77.8/76.6, 77.3/77.3); its
        // misses prompted glued scale words, capitals for governments and a partner's headed line.
        Article(name: "zh-bilingual", language: .bilingual, figures: 44, recallFloor: 84, precisionFloor: 84, date: "2026-01-20"),
        Article(name: "en-magazine", language: .english, figures: 44, recallFloor: 95.4, precisionFloor: 95.4, date: "2026-01-20"),
        Article(name: "zh-digest", language: .chinese, figures: 45, recallFloor: 97.7, precisionFloor: 95.7, date: "2026-01-20"),
        Article(name: "en-wire-q1", language: .english, figures: 44, recallFloor: 99.9, precisionFloor: 99.9, date: "2025-04-14"),
        // Set 6, scored once after the rules sets 3-5 prompted (70.0/71.8, 95.0/92.7, 62.5/62.5, 89.7/89.7); its misses
        // prompted the rules of `BindingTests+Features.swift`.
        Article(name: "en-qa-transcript", language: .english, figures: 40, recallFloor: 94.9, precisionFloor: 97.4, date: "2026-01-14"),
        Article(name: "zh-commentary", language: .chinese, figures: 40, recallFloor: 94.9, precisionFloor: 92.6, date: "2026-01-20"),
        Article(name: "en-explainer", language: .english, figures: 40, recallFloor: 97.4, precisionFloor: 97.4, date: "2026-01-20"),
        Article(name: "zh-regional", language: .chinese, figures: 39, recallFloor: 89.7, precisionFloor: 89.7, date: "2026-01-20"),
        // Set 7, six documents (five English) scored once after every rule set 6 prompted and none for them (58.7%
        // English recall); their misses prompted the rules of `BindingTests+Talk.swift`.
        Article(name: "en-podcast", language: .english, figures: 45, recallFloor: 91.1, precisionFloor: 89.1, date: "2026-01-20"),
        Article(name: "en-oped", language: .english, figures: 41, recallFloor: 70.7, precisionFloor: 74.3, date: "2026-01-20"),
        Article(name: "en-feature", language: .english, figures: 44, recallFloor: 88.6, precisionFloor: 88.6, date: "2026-01-20"),
        Article(name: "en-factsheet", language: .english, figures: 43, recallFloor: 81.3, precisionFloor: 85.3, date: "2026-01-20"),
        Article(name: "en-liveblog", language: .english, figures: 45, recallFloor: 95.5, precisionFloor: 97.7, date: "2026-01-20"),
        Article(name: "zh-column", language: .chinese, figures: 45, recallFloor: 86.6, precisionFloor: 88.6, date: "2026-01-20"),
        // Set 8, six documents (five English), scored once after every rule set 7 prompted and none for them (60.2%
        // English recall); their misses prompted more of those rules.
        Article(name: "en-radio", language: .english, figures: 45, recallFloor: 86.6, precisionFloor: 86.3, date: "2026-01-16"),
        Article(name: "en-blog", language: .english, figures: 46, recallFloor: 67.3, precisionFloor: 72, date: "2026-01-22"),
        Article(name: "en-databrief", language: .english, figures: 45, recallFloor: 99.9, precisionFloor: 99.9, date: "2026-01-19"),
        Article(name: "en-studyguide", language: .english, figures: 45, recallFloor: 84.4, precisionFloor: 81.8, date: "2026-02-03"),
        Article(name: "en-speech", language: .english, figures: 45, recallFloor: 91.1, precisionFloor: 93.1, date: "2026-01-27"),
        Article(name: "zh-wechat", language: .chinese, figures: 44, recallFloor: 88.6, precisionFloor: 90.6, date: "2026-01-18"),
        // Set 9, six documents (five English), scored once after every rule sets 7 and 8 prompted and none for them
        // (51.6% English recall); its misses prompted the last rules.
        Article(name: "en-briefs", language: .english, figures: 45, recallFloor: 84.4, precisionFloor: 84.4, date: "2026-01-15"),
        Article(name: "en-interview", language: .english, figures: 44, recallFloor: 59, precisionFloor: 60.4, date: "2026-01-25"),
        Article(name: "en-execsummary", language: .english, figures: 45, recallFloor: 86.6, precisionFloor: 86.6, date: "2026-01-21"),
        Article(name: "en-thread", language: .english, figures: 45, recallFloor: 62.2, precisionFloor: 62.2, date: "2026-01-14"),
        Article(name: "en-lecture", language: .english, figures: 46, recallFloor: 73.8, precisionFloor: 77.2, date: "2026-02-10"),
        Article(name: "zh-tvnews", language: .chinese, figures: 44, recallFloor: 81.8, precisionFloor: 83.7, date: "2026-01-14"),
        // Set 10, four documents (three English), scored once after every rule of this round and none for them: the
        // last measure of unseen text.
        Article(name: "en-wirewrap", language: .english, figures: 45, recallFloor: 82.2, precisionFloor: 82.2, date: "2026-01-14"),
        Article(name: "en-memo", language: .english, figures: 45, recallFloor: 86.6, precisionFloor: 86.6, date: "2026-01-19"),
        Article(name: "en-textbook", language: .english, figures: 45, recallFloor: 71.1, precisionFloor: 71.1, date: "2026-03-01"),
        Article(name: "zh-editorial", language: .chinese, figures: 45, recallFloor: 84.4, precisionFloor: 86.3, date: "2026-01-16"),
    ]

    func testHeldOutArticlesAgainstTheirGoldRows() throws {
        let graph = try GraphLoader.load(folders: [SeedDocument.graph])
        let scratch = try Score.scratch("extract-heldout")
        defer { try? FileManager.default.removeItem(at: scratch) }
        print(Score.header)
        for article in Self.articles {
            let source = "draft-" + article.name
            let request = ExtractionRequest(path: Self.folder.appendingPathComponent(article.name + ".txt").path, sourceID: source,
                                            date: article.date, language: article.language)
            let both = try Score.draftBesideTheGraph(request, graph: graph, scratch: scratch)
            let gold = try Self.goldRows(article.name).map(FigureKey.init(row:))
            let score = Score(gold: gold, drafted: Score.keys(in: both, sources: [source]))
            print(score.line(article.name + ".txt"))
            XCTAssertEqual(score.gold, article.figures, "gold rows of \(article.name)")
            XCTAssertGreaterThanOrEqual(score.recall, article.recallFloor, "recall of \(article.name)")
            XCTAssertGreaterThanOrEqual(score.precision, article.precisionFloor, "precision of \(article.name)")
        }
    }

    /// The gold rows of an article, each as its columns by name.
    static func goldRows(_ name: String) throws -> [[String: String]] {
        let path = folder.appendingPathComponent(name + ".csv").path
        var reader = CSVReader(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
        guard let header = reader.nextRecord()?.map(\.text) else { return [] }
        var rows: [[String: String]] = []
        while let record = reader.nextRecord() {
            rows.append(Dictionary(zip(header, record.map(\.text)), uniquingKeysWith: { first, _ in first }))
        }
        XCTAssertTrue(reader.errors.isEmpty, "\(path): \(reader.errors.map(\.description))")
        return rows
    }
}
