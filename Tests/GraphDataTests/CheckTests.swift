import GraphLoader
import XCTest

/// The checks themselves, on made-up rows: each must flag the broken case and pass the sound one, so that a
/// green data test means the data is sound and not that the check is blind.
final class CheckTests: XCTestCase {
    private func figure(_ id: String, _ metric: String = "value", flow: String = "total", value: Double,
                        unit: String = "CNY", approx: String = "", reporter: String = "china", dimensions: [String: String] = [:],
                        evidence: String = "", note: String = "") -> Figure {
        Figure(id: id, metric: metric, flow: flow, period: "2025", value: value, unit: unit, approx: approx,
               reporter: reporter, dimensions: dimensions, source: "s", document: "d.txt", line: 2,
               evidence: evidence, note: note, rowFile: "measurements-test.csv", rowLine: 7)
    }

    /// Numbers are read at the documents' scales, without thousands separators, never from inside another number.
    func testStatedNumbers() {
        XCTAssertEqual(StatedNumber.step(of: 45_470_000_000_000, in: "45.47 trillion yuan"), 1e10)
        XCTAssertEqual(StatedNumber.step(of: 45_470_000_000_000, in: "45.47万亿元"), 1e10)
        XCTAssertEqual(StatedNumber.step(of: 7_500, in: "7,500 enterprises"), 1)
        XCTAssertEqual(StatedNumber.step(of: -2.3, in: "down 2.3%"), 0.1)
        XCTAssertEqual(StatedNumber.step(of: 13_000_000_000_000, in: "13 trillion yuan"), 1e12)
        XCTAssertNil(StatedNumber.step(of: 4, in: "45.47 trillion"), "4 is not stated by 45.47")
        XCTAssertNil(StatedNumber.step(of: 202_415, in: "in 2024, 15 ports"), "a comma before a space separates numbers")
        XCTAssertEqual(StatedNumber.placeOfLastDigit(1e12), 1e12)
        XCTAssertEqual(StatedNumber.placeOfLastDigit(3.8), 0.1, accuracy: 1e-12)
    }

    func testEvidenceCheckFlagsMisquotesAndMissingNumbers() throws {
        let check = EvidenceCheck(documents: ["d.txt": ["", "exports rose 6.1% to 26.99 trillion yuan; nine years of growth; a 3.5-fold increase"]])
        let cues = try CurationCues.bundled()
        let good = figure("good", value: 26_990_000_000_000, evidence: "26.99 trillion yuan")
        let words = figure("words", "count", value: 9, unit: "count", evidence: "nine years",
                           note: "consecutive years; figure written in words")
        let misquoted = figure("misquoted", value: 26_990_000_000_000, evidence: "26.99 trillion RMB")
        let wrong = figure("wrong", value: 26_900_000_000_000, evidence: "26.99 trillion yuan")
        let fold = figure("fold", "growth", value: 350, unit: "percent", evidence: "a 3.5-fold increase")
        let foldMisread = figure("foldMisread", "growth", value: 450, unit: "percent", evidence: "a 3.5-fold increase")
        XCTAssertEqual(check.problems([good, words, misquoted, wrong, fold, foldMisread], cues: cues).map(\.figure.id),
                       ["misquoted", "wrong", "foldMisread"])
        XCTAssertEqual(check.problems([wrong], cues: cues).first?.description.hasPrefix("measurements-test.csv:7: wrong: "), true)
    }

    func testFlowIdentityAllowsRoundingOnly() {
        let export = figure("e", flow: "export", value: 13e12, evidence: "13 trillion")
        let imports = figure("i", flow: "import", value: 8.79e12, evidence: "8.79 trillion")
        let rounded = figure("t", value: 21.79e12, evidence: "21.79 trillion")
        XCTAssertEqual(FlowIdentityCheck.problems([export, imports, rounded]).problems, [])
        let broken = figure("t", value: 23.79e12, evidence: "23.79 trillion")
        XCTAssertEqual(FlowIdentityCheck.problems([export, imports, broken]).problems.map(\.figure.id), ["t"])
        let bound = figure("t", value: 20e12, approx: "over", evidence: "20 trillion")
        XCTAssertEqual(FlowIdentityCheck.problems([export, imports, bound]).checked, 0, "a bound is no total")
    }

    func testShareCheckComparesWithPartOverWhole() {
        let asean = ["partner": "asean"]
        let part = figure("p", value: 1.71e12, dimensions: asean, evidence: "1.71 trillion")
        let whole = figure("w", value: 10.3e12, evidence: "10.3 trillion")
        let share = figure("s", "share", value: 16.6, unit: "percent", dimensions: asean, evidence: "16.6%",
                           note: "share of China's total foreign trade")
        XCTAssertEqual(ShareCheck.problems([part, whole, share]).problems, [])
        var wrong = share
        wrong.value = 18.6
        XCTAssertEqual(ShareCheck.problems([part, whole, wrong]).problems.map(\.figure.id), ["s"])
    }

    func testPartWholeCheckFlagsAPartAboveTheWhole() {
        let whole = figure("w", value: 10.3e12, evidence: "10.3 trillion")
        let part = figure("p", value: 1.71e12, dimensions: ["partner": "asean"], evidence: "1.71 trillion")
        XCTAssertEqual(PartWholeCheck.problems([whole, part]).problems, [])
        var tooBig = part
        tooBig.value = 17.1e12
        XCTAssertEqual(PartWholeCheck.problems([whole, tooBig]).problems.map(\.figure.id), ["p"])
    }

    private func rules() throws -> RuleCheck {
        RuleCheck(cues: try CurationCues.bundled(), events: ["ciie": ["china international import expo", "进博会"]])
    }

    func testRatesMustNotBeTotalsAndSayPerWhat() throws {
        let total = figure("total", value: 160e6, evidence: "daily sales averaging 160 million yuan")
        let rate = figure("rate", "average_value", value: 160e6, unit: "CNY/day", evidence: "daily sales averaging 160 million yuan")
        let perless = figure("perless", "average_count", value: 24_000, unit: "people", evidence: "24,000 people every day")
        let chinese = figure("chinese", "count", value: 24_000, unit: "people", evidence: "平均每天有2.4万人")
        let product = figure("product", flow: "export", value: 1e9, evidence: "exports of daily chemical products reached 1 billion")
        let result = try rules().averages([total, rate, perless, chinese, product])
        XCTAssertEqual(result.problems.map(\.figure.id), ["total", "perless", "chinese"])
        XCTAssertEqual(result.checked, 4)
    }

    func testNFoldIncreasesAreHundredsOfPercent() throws {
        let rules = try rules()
        XCTAssertEqual(rules.cues.foldMultiple(in: "a 3.5-fold increase from 2020"), 3.5)
        XCTAssertEqual(rules.cues.foldMultiple(in: "marking a fourfold increase"), 4)
        XCTAssertEqual(rules.cues.foldMultiple(in: "比2020年增长3.5倍"), 3.5)
        XCTAssertNil(rules.cues.foldMultiple(in: "进口是出口的2.1倍"), "是…的N倍 is a ratio, not an increase")
        let right = figure("right", "growth", value: 350, unit: "percent", evidence: "a 3.5-fold increase")
        let times = figure("times", "growth", value: 3.5, unit: "times", evidence: "a 3.5-fold increase")
        let ratio = figure("ratio", "ratio", value: 4, unit: "times", evidence: "marking a fourfold increase")
        let level = figure("level", "ratio", value: 2.1, unit: "times", evidence: "import volume 2.1 times that of exports")
        XCTAssertEqual(rules.folds([right, times, ratio, level]).problems.map(\.figure.id), ["times", "times", "ratio"])
    }

    func testWorldRankingsNeedAStatistician() throws {
        let china = figure("china", "rank", value: 2, unit: "rank", evidence: "the world's second-largest import market")
        let streak = figure("streak", "count", value: 17, unit: "count", evidence: "for the 17th consecutive year",
                            note: "consecutive years as the world's second-largest import market")
        let named = figure("named", "rank", value: 2, unit: "rank", reporter: "international-data", evidence: "全球第二大进口市场")
        let partner = figure("partner", "rank", value: 1, unit: "rank", dimensions: ["partner": "asean"],
                             evidence: "ASEAN remained China's largest trading partner")
        let result = try rules().worldRankings([china, streak, named, partner])
        XCTAssertEqual(result.problems.map(\.figure.id), ["china", "streak"])
        XCTAssertEqual(result.checked, 3)
    }

    func testRowsWithoutANoteMustSayWhatTheyCount() throws {
        let plain = figure("plain", value: 1e12, evidence: "1 trillion yuan")
        let count = figure("count", "count", flow: "", value: 45, unit: "count", evidence: "from 45 to 47")
        let noted = figure("noted", "count", flow: "", value: 45, unit: "count", evidence: "from 45 to 47",
                           note: "duty-free product categories before the adjustment")
        let noFlow = figure("noFlow", flow: "", value: 3.89e9, evidence: "3.89 billion yuan")
        XCTAssertEqual(try rules().notes([plain, count, noted, noFlow]).problems.map(\.figure.id), ["count", "noFlow"])
    }

    func testThresholdsAndEventsAreRecognised() throws {
        let rules = try rules()
        let crossed = figure("crossed", value: 40e12, evidence: "crossed the 40 trillion yuan and 45 trillion yuan thresholds")
        let mark = figure("mark", "threshold", value: 40e12, evidence: "突破40万亿元和45万亿元关口")
        XCTAssertEqual(rules.thresholds([crossed, mark]).problems.map(\.figure.id), ["crossed"])
        let unlinked = figure("unlinked", flow: "", value: 8e10, unit: "USD", evidence: "意向成交金额超过800亿美元",
                              note: "intended deals at the 8th China International Import Expo")
        var linked = unlinked
        linked.id = "linked"
        linked.dimensions = ["event": "ciie"]
        XCTAssertEqual(rules.eventFigures([unlinked, linked]).problems.map(\.figure.id), ["unlinked"])
    }

    func testCoverageFindsNumbersWithNeitherRowNorReason() throws {
        let check = try CoverageCheck(leftOut: """
            # document	line	numbers	rule	why
            d.txt	2	14 7	name-or-date	Jan. 14; 7 is not on the line
            twin.txt	*	*	twin	not read

            """)
        let documents = ["d.txt": ["", "exports rose 6.1% to 26.99 trillion yuan on Jan. 14, 2026"], "twin.txt": ["up 99%"]]
        let row = figure("row", value: 26_990_000_000_000, evidence: "26.99 trillion yuan")
        let result = check.gaps(documents: documents, figures: [row])
        XCTAssertEqual(result.gaps.map(\.description), [
            "d.txt:2: 6.1 is in no row's evidence and not in Graph/left-out.tsv",
            "d.txt:2: left-out.tsv lists 7, which the line does not write",
        ])
        XCTAssertEqual(result.checked, 3, "6.1, 26.99 and 14; 2026 is a year")
    }
}
