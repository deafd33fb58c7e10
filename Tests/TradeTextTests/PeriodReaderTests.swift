import TradeText
import XCTest

/// Periods as people write them, in English and Chinese, resolved against sources up to 2026 with figures up
/// to 2025.
final class PeriodReaderTests: XCTestCase {
    private let cases: [(text: String, periods: [String])] = [
        ("What was China's total trade in 2025?", ["2025"]),
        ("EU growth Q1 2025", ["2025-Q1"]),
        ("exports in the first quarter of 2025", ["2025-Q1"]),
        ("first half of 2025", ["2025-H1"]),
        ("H1", ["2025-H1"]),
        ("how much did exports of electric vehicles grow last year", ["2025"]),
        ("this year", ["2026"]),
        ("first three quarters", ["2025-01/2025-09"]),
        ("in the first 10 months", ["2025-01/2025-10"]),
        ("in December 2025", ["2025-12"]),
        ("January-October 2025", ["2025-01/2025-10"]),
        ("from March to May", ["2025-03/2025-05"]),
        ("since 2020", ["2020/2025"]),
        ("did trade cross 40 trillion before 2025", ["2020/2024"]),
        ("duty waived between 18 Dec 2025 and 10 Jan 2026", ["2025-12-18/2026-01-10"]),
        ("from 2021 to 2025", ["2021/2025"]),
        ("during the 14th Five-Year Plan period", ["2021/2025"]),
        ("2025-Q1 and 2025-H1", ["2025-Q1", "2025-H1"]),
        ("2025-12-18/2026-01-10", ["2025-12-18/2026-01-10"]),
        ("exports grew 2025%", []),
        ("2025年我国对东盟进出口是多少？", ["2025"]),
        ("一季度民营企业进出口增长多少", ["2025-Q1"]),
        ("2025年一季度", ["2025-Q1"]),
        ("上半年", ["2025-H1"]),
        ("去年出口增长多少", ["2025"]),
        ("今年", ["2026"]),
        ("前三季度", ["2025-01/2025-09"]),
        ("1-11月", ["2025-01/2025-11"]),
        ("2025年12月", ["2025-12"]),
        ("前10个月", ["2025-01/2025-10"]),
        ("去年前3季度", ["2025-01/2025-09"]),
        ("前5个月", ["2025-01/2025-05"]),
        ("3季度出口", ["2025-Q3"]),
        ("“十四五”时期", ["2021/2025"]),
        ("2020年以来", ["2020/2025"]),
        ("2025年之前外贸总值跨过了哪个关口", ["2020/2024"]),
        ("３个月", []),
        ("by the end of last year", ["2025-12-31"]),
        ("at the end of 2024", ["2024-12-31"]),
        ("at the end of March 2025", ["2025-03-31"]),
        ("到去年底总共多少家", ["2025-12-31"]),
        ("截至2025年3月末", ["2025-03-31"]),
        ("外贸到底增长了多少", []),
        ("从6月起进口连续增长", ["2025-06/2025-12"]),
        ("China's first-half 2025 trade", ["2025-H1"]),
        ("上半年外贸企业比去年同期增加了多少家", ["2025-H1"]),
        ("exports in Q1 2025 compared with the same period last year", ["2025-Q1"]),
        ("since the second quarter of 2025", ["2025-Q2/2025-Q4"]),
        // A figure between a part and a year keeps them apart; a bare whole year after a figure is a period of its own.
        ("up 18.8% in Q1 and 26.2% for 2025", ["2025-Q1", "2025"]),
        ("up 43.2% in Q1 and 48.7% for the full year", ["2025-Q1", "2025"]),
        ("the first half of the year", ["2025-H1"]),
        // A count of years up to a year is the span that ends in it.
        ("over the five years to 2024", ["2020/2024"]),
        ("in the 3 years through 2025", ["2023/2025"]),
        ("rose by 7.2% in the first half and ended the year at 26.99trn yuan", ["2025-H1", "2025"]),
        // An end word ends only the part right beside it.
        ("at the end of March 2025, exports in the first quarter", ["2025-03-31", "2025-Q1"]),
        // Each mention is kept, the same period twice too: both cover their words.
        ("imports in the first half and exports in a first half", ["2025-H1", "2025-H1"]),
        // Digits grouped with a comma are a count, not a year.
        ("2,000 enterprises registered, 1,950 more than in 2024", ["2024"]),
    ]

    func testPeriodsAsWritten() throws {
        let reader = try BundledReader.reader()
        for (text, expected) in cases {
            let found = reader.read(text, reference: BundledReader.reference).periods.map(\.period.description)
            XCTAssertEqual(found, expected, "periods of '\(text)'")
        }
    }

    func testAYearThatWasNotWrittenIsSaidSo() throws {
        let reading = try BundledReader.reader().read("last year", reference: BundledReader.reference)
        XCTAssertEqual(reading.periods.first?.inference, "'last year' = 2025 (test reference)")
        let bare = try BundledReader.reader().read("first quarter", reference: BundledReader.reference)
        XCTAssertEqual(bare.periods.first?.inference, "no year given: 2025 (test reference)")
    }
}
