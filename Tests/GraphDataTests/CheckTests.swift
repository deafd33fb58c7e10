import GraphLoader
import XCTest

/// The checks themselves, on made-up rows: each must flag the broken case and pass the sound one, so that a
/// green data test means the data is sound and not that the check is blind.
final class CheckTests: XCTestCase {
    private func figure(_ id: String, _ metric: String = "value", flow: String = "total", value: Double,
                        unit: String = "CNY", approx: String = "", dimensions: [String: String] = [:],
                        evidence: String = "", note: String = "") -> Figure {
        Figure(id: id, metric: metric, flow: flow, period: "2025", value: value, unit: unit, approx: approx,
               reporter: "china", dimensions: dimensions, source: "s", document: "d.txt", line: 2,
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

    func testEvidenceCheckFlagsMisquotesAndMissingNumbers() {
        let check = EvidenceCheck(documents: ["d.txt": ["", "exports rose 6.1% to 26.99 trillion yuan; nine years of growth"]])
        let good = figure("good", value: 26_990_000_000_000, evidence: "26.99 trillion yuan")
        let words = figure("words", "count", value: 9, unit: "count", evidence: "nine years",
                           note: "consecutive years; figure written in words")
        let misquoted = figure("misquoted", value: 26_990_000_000_000, evidence: "26.99 trillion RMB")
        let wrong = figure("wrong", value: 26_900_000_000_000, evidence: "26.99 trillion yuan")
        XCTAssertEqual(check.problems([good, words, misquoted, wrong]).map(\.figure.id), ["misquoted", "wrong"])
        XCTAssertEqual(check.problems([wrong]).first?.description.hasPrefix("measurements-test.csv:7: wrong: "), true)
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
}
