import ResultFormat
import XCTest

final class FooterTests: XCTestCase {
    func testRowCountAndTime() {
        let cases: [(Int, Duration?, String)] = [
            (3, .microseconds(1_234), "3 rows, 1.2 ms"),
            (1, .microseconds(460), "1 row, 0.5 ms"),
            (0, .zero, "0 rows, 0.0 ms"),
            (12, .milliseconds(999), "12 rows, 999.0 ms"),
            (2, .milliseconds(2_345), "2 rows, 2.35 s"),
            (2, .milliseconds(61_005), "2 rows, 61.01 s"),
            (1, nil, "1 row"),
            (0, nil, "0 rows"),
        ]
        for (count, elapsed, text) in cases {
            XCTAssertEqual(ResultRenderer.footer(rowCount: count, elapsed: elapsed), text)
        }
    }
}
