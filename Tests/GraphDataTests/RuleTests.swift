import XCTest

/// The curation rules of `Graph/README.md` ("Rules a row follows") on the bundled graph, so that the next
/// document, added by hand or by extraction, follows them. Each test also asserts that its rule applied to
/// some row, so that a renamed cue file or column cannot make it pass vacuously.
final class RuleTests: XCTestCase {
    private func check() throws -> RuleCheck {
        RuleCheck(cues: try CurationCues.bundled(), events: try BundledGraph.events())
    }

    /// "daily", "every minute", "per enterprise", 日均, 每: a rate, not a total, in a unit per time or item.
    func testRatesAreNotRecordedAsTotals() throws {
        try assertRule(check().averages)
    }

    /// "a 3.5-fold increase" (增长3.5倍) is +350%, and `times` is only a ratio of levels.
    func testNFoldIncreasesAreGrowthOfNHundredPercent() throws {
        try assertRule(check().folds)
    }

    /// World rankings without a named statistician report `international-data`.
    func testWorldRankingsDoNotReportAsChina() throws {
        try assertRule(check().worldRankings)
    }

    /// Every row says what it counts, in its metric and flow or in a note.
    func testEveryRowSaysWhatItCounts() throws {
        try assertRule(check().notes)
    }

    /// "crossed the 40 trillion yuan threshold" is a `threshold` in the period it was first passed.
    func testThresholdsAreNotValues() throws {
        try assertRule(check().thresholds)
    }

    /// A figure about the CIIE or the China Development Forum links to that `Event`.
    func testFiguresAboutAnEventNameIt() throws {
        try assertRule(check().eventFigures)
    }

    private func assertRule(_ rule: ([Figure]) -> RuleCheck.Result, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = rule(try BundledGraph.figures())
        XCTAssertGreaterThan(result.checked, 0, "the rule applied to no row", file: file, line: line)
        record(result.problems)
    }
}
