import Charts
import GraphModel
import XCTest

/// Terminal charts as a user reads them: bars in eighths, labels lined up whatever script they are in,
/// nothing wider than the terminal, colour only when allowed.
final class TerminalChartTests: XCTestCase {
    private let shares = ChartData(labelName: "partner", labels: ["ASEAN", "欧盟 European Union", "Africa"], series: [
        ChartSeries(name: "share", values: [16.6, 13.0, 5.5], unit: .percent),
    ])

    func testBarsAreInEighthsOfTheLongest() {
        let text = TerminalChart.render(shares, kind: .bar, width: 60, colour: false)
        XCTAssertEqual(text, """
            ASEAN                █████████████████████████████████ 16.6%
            欧盟 European Union  █████████████████████████▉ 13.0%
            Africa               ██████████▉ 5.5%

            """)
    }

    func testEveryLineFitsTheWidthAndLabelsLineUp() {
        for width in [40, 60, 80, 120] {
            for kind in ChartKind.allCases {
                let lines = TerminalChart.render(shares, kind: kind, width: width, colour: false).split(separator: "\n")
                for line in lines {
                    XCTAssertLessThanOrEqual(Self.cells(line), width, "\(kind) at \(width): \(line)")
                }
            }
            let bars = TerminalChart.render(shares, kind: .bar, width: width, colour: false).split(separator: "\n")
            let barStarts = bars.map { line in Self.cells(line.prefix { $0 != "█" }) }
            XCTAssertEqual(Set(barStarts).count, 1, "bars start in one column at \(width): \(bars)")
        }
    }

    func testLongLabelsAreCutWithAnEllipsis() {
        let data = ChartData(labelName: "p", labels: ["共建“一带一路”国家 BRI partner countries", "x"],
                             series: [ChartSeries(name: "v", values: [2, 1])])
        let text = TerminalChart.render(data, kind: .bar, width: 60, colour: false)
        XCTAssertTrue(text.hasPrefix("共建“一带一路”国家…  "), text)
    }

    func testNegativeValuesGrowLeftOfTheAxis() {
        let data = ChartData(labelName: "p", labels: ["up", "down"], series: [ChartSeries(name: "g", values: [4, -2], unit: .percent)])
        // 27 cells for a span of 6 points: 4.5 cells a point, 9 of them left of the axis.
        XCTAssertEqual(TerminalChart.render(data, kind: .bar, width: 40, colour: false), """
            up             │██████████████████ 4.0%
            down  █████████│ -2.0%

            """)
    }

    func testSeveralSeriesAreNamedAndColouredOnlyWhenAllowed() {
        let data = ChartData(labelName: "period", labels: ["Q1", "H1"], series: [
            ChartSeries(name: "BRI", values: [2.2, 4.7], unit: .percent), ChartSeries(name: "China", values: [1.3, 2.9], unit: .percent),
        ])
        let plain = TerminalChart.render(data, kind: .bar, width: 50, colour: false)
        XCTAssertFalse(plain.contains("\u{1B}["))
        XCTAssertEqual(plain.split(separator: "\n").map { String($0.prefix(11)) }, ["Q1    BRI  ", "      China", "H1    BRI  ", "      China"])
        let coloured = TerminalChart.render(data, kind: .line, width: 50, colour: true)
        XCTAssertTrue(coloured.contains("\u{1B}[34m●\u{1B}[0m BRI"), coloured)
        XCTAssertTrue(coloured.contains("\u{1B}[33m◆\u{1B}[0m China"), coloured)
    }

    func testLineChartMarksEveryRowAndLabelsTheAxisInHumanUnits() {
        let data = ChartData(labelName: "period", labels: ["2025-Q1", "2025-H1", "2025"], series: [
            ChartSeries(name: "value", values: [1.71e12, 3.67e12, 7.55e12], unit: .cny),
        ])
        let lines = TerminalChart.render(data, kind: .line, width: 80, colour: false).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.joined().filter { $0 == "●" }.count, 3)
        XCTAssertTrue(lines[0].hasPrefix("7.55 trillion yuan ┤"), lines[0])
        XCTAssertTrue(lines[9].hasPrefix("1.71 trillion yuan ┤●"), lines[9])
        XCTAssertEqual(lines[11].trimmingCharacters(in: .whitespaces), "2025-Q1     2025-H1     2025")
    }

    func testLabelsThatDoNotFitUnderTheirPointsAreNumberedWithAKey() {
        let labels = (1...12).map { "month number \($0)" }
        let data = ChartData(labelName: "month", labels: labels, series: [ChartSeries(name: "n", values: (1...12).map(Double.init))])
        let lines = TerminalChart.render(data, kind: .line, width: 60, colour: false).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[11].split(separator: " "), (1...12).map { Substring(String($0)) })
        XCTAssertEqual(Array(lines.suffix(2)), ["  11  month number 11", "  12  month number 12"])
    }

    private static func cells(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            total + ((0x2E80...0x9FFF).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value) ? 2 : 1)
        }
    }
}
