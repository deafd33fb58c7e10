import GraphModel
import XCTest

final class PeriodTests: XCTestCase {
    func testEveryNotationParsesToItsFirstAndLastDay() throws {
        let cases: [(text: String, canonical: String, first: String, last: String)] = [
            ("2025", "2025", "2025-01-01", "2025-12-31"),
            ("2025-H1", "2025-H1", "2025-01-01", "2025-06-30"),
            ("2025-H2", "2025-H2", "2025-07-01", "2025-12-31"),
            ("2025-S1", "2025-H1", "2025-01-01", "2025-06-30"),
            ("2025-Q1", "2025-Q1", "2025-01-01", "2025-03-31"),
            ("2025-Q4", "2025-Q4", "2025-10-01", "2025-12-31"),
            ("2024-02", "2024-02", "2024-02-01", "2024-02-29"),
            ("2025-02", "2025-02", "2025-02-01", "2025-02-28"),
            ("2025-12-18", "2025-12-18", "2025-12-18", "2025-12-18"),
            ("2025-01/2025-10", "2025-01/2025-10", "2025-01-01", "2025-10-31"),
            ("2021/2025", "2021/2025", "2021-01-01", "2025-12-31"),
            ("2025-12-18/2026-01-10", "2025-12-18/2026-01-10", "2025-12-18", "2026-01-10"),
        ]
        for item in cases {
            let period = try Period(parsing: item.text)
            XCTAssertEqual(period.description, item.canonical, item.text)
            XCTAssertEqual(period.firstDay.description, item.first, item.text)
            XCTAssertEqual(period.lastDay.description, item.last, item.text)
        }
    }

    func testInvalidPeriodsAreRejectedWithTheReason() {
        let cases: [(text: String, reason: String)] = [
            ("2025-13", "'13' is no month (01-12), half (H1, H2) or quarter (Q1-Q4)"),
            ("2025-02-30", "'2025-02-30' is not a day of the calendar"),
            ("2025-Q5", "'Q5' is no month (01-12), half (H1, H2) or quarter (Q1-Q4)"),
            ("2025-H3", "'H3' is no month (01-12), half (H1, H2) or quarter (Q1-Q4)"),
            ("2025-06/2025-01", "the range ends before it starts"),
            ("25", "'25' does not start with a four-digit year"),
            ("", "'' does not start with a four-digit year"),
            ("2025/2026/2027", "a range has exactly one '/'"),
            ("2025-01-01-01", "'2025-01-01-01' has too many parts"),
        ]
        for item in cases {
            XCTAssertThrowsError(try Period(parsing: item.text), item.text) { error in
                XCTAssertEqual((error as? PeriodError)?.reason, item.reason, item.text)
            }
        }
    }

    func testContainment() throws {
        let cases: [(outer: String, inner: String, contains: Bool)] = [
            ("2025-H1", "2025-Q1", true), ("2025", "2025-H1", true), ("2025", "2025-Q1", true),
            ("2025-Q1", "2025-H1", false), ("2025-H1", "2025-Q3", false), ("2021/2025", "2023-07", true),
            ("2025-12-18/2026-01-10", "2025-12-31", true), ("2025", "2025-12-18/2026-01-10", false),
            ("2025-03", "2025-03", true),
        ]
        for item in cases {
            let outer = try Period(parsing: item.outer), inner = try Period(parsing: item.inner)
            XCTAssertEqual(outer.contains(inner), item.contains, "\(item.outer) ⊇ \(item.inner)")
        }
    }

    func testOrderingIsByFirstDayThenLength() throws {
        let sorted = try ["2025", "2025-Q2", "2024-12", "2025-H1", "2025-Q1", "2025-01"].map { try Period(parsing: $0) }.sorted()
        XCTAssertEqual(sorted.map(\.description), ["2024-12", "2025-01", "2025-Q1", "2025-H1", "2025", "2025-Q2"])
    }

    func testARunOfMonthsThatIsAQuarterAHalfOrTheYearIsWrittenSo() throws {
        let cases: [(written: String, simplest: String)] = [
            ("2025-01/2025-03", "2025-Q1"), ("2025-04/2025-06", "2025-Q2"), ("2025-01/2025-06", "2025-H1"),
            ("2025-07/2025-12", "2025-H2"), ("2025-01/2025-12", "2025"), ("2025-01/2025-09", "2025-01/2025-09"),
            ("2025-02/2025-04", "2025-02/2025-04"), ("2025-06/2025-12", "2025-06/2025-12"), ("2024-01/2025-03", "2024-01/2025-03"),
            ("2025-Q1", "2025-Q1"), ("2025-12-18/2026-01-10", "2025-12-18/2026-01-10"),
        ]
        for item in cases {
            XCTAssertEqual(try Period(parsing: item.written).simplest.description, item.simplest, item.written)
        }
    }
}
