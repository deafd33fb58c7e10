import XCTest

/// An empty `reporter` means China's customs; a figure the text attributes to someone else must say so.
final class ReporterTests: XCTestCase {
    /// Rows citing "the latest international data" (最新国际数据) name the unnamed-international-data reporter,
    /// so that a query for China's customs figures does not return them.
    func testInternationalDataIsNotReportedAsChina() throws {
        let cited = try BundledGraph.figures().filter {
            $0.note.contains("latest international data") || $0.note.contains("最新国际数据")
        }
        XCTAssertFalse(cited.isEmpty)
        record(cited.filter { $0.reporter == "china" }.map {
            Problem(figure: $0, message: "cites unnamed international data but reports as china; set reporter=international-data")
        })
    }
}
