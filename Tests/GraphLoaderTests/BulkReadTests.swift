@testable import GraphLoader
import GraphModel
import GraphStore
import XCTest

/// The bulk measurement reader must build exactly the graph the record-by-record reader builds, and leave
/// every file it cannot take plainly to that reader.
final class BulkReadTests: XCTestCase {
    private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func testTheBundledGraphLoadsTheSameEitherWay() throws {
        try assertSameGraphEitherWay(repository.appendingPathComponent("Graph").path)
    }

    /// Large enough to be split between threads (over two megabytes), with quoted fields holding commas,
    /// quotes and line ends, CRLF line ends, blank lines, Chinese text, the generator's `approx=true`, empty
    /// optional fields and every kind of link.
    func testAGeneratedGraphWithEveryFieldFormLoadsTheSameEitherWay() throws {
        let folder = try makeGeneratedFolder(rows: 20_000)
        let store = try assertSameGraphEitherWay(folder)
        XCTAssertEqual(store.nodes(labeled: "Measurement").count, 20_000)
        XCTAssertEqual(store.relationshipTypeCounts.first { $0.name == "EVENT" }?.count, 20_000 / 19)
        let quoted = try XCTUnwrap(store.nodes(labeled: "Measurement", where: "id", equals: .string("m-7")).first)
        XCTAssertEqual(store.property("evidence", of: quoted), .string("exports, \"up\"\n7%"))
        XCTAssertEqual(store.property("approx", of: quoted), .string("about"))
        XCTAssertEqual(store.property("line", of: quoted), .null)
    }

    func testADuplicateIDInsideOneFileIsReportedOnceAtItsLine() throws {
        let folder = try makeGeneratedFolder(rows: 100, extraRow: "m-5,value,total,2025,1,CNY,,,,,,,,,,src,,,,")
        XCTAssertThrowsError(try GraphLoader.load(folders: [folder], readingInBulk: true)) { error in
            let errors = (error as? LoadFailure)?.errors.map { "\($0.location.line): \($0.message)" } ?? []
            XCTAssertEqual(errors.count, 1)
            XCTAssertTrue(errors.first?.hasSuffix("duplicate id 'm-5': already defined at \(folder)/measurements.csv:6") == true, "\(errors)")
        }
    }

    /// Loads the folder both ways, compares every node and relationship, and returns the bulk-read store.
    @discardableResult
    private func assertSameGraphEitherWay(_ folder: String, file: StaticString = #filePath, line: UInt = #line) throws -> GraphStore {
        let (bulk, session) = try GraphLoader.load(folders: [folder], readingInBulk: true)
        XCTAssertEqual(session.filesReadInBulk.count, session.filePaths.count { $0.contains("/measurements") }, file: file, line: line)
        let (records, _) = try GraphLoader.load(folders: [folder], readingInBulk: false)
        let (bulkDump, recordDump) = (GraphDump.lines(of: bulk), GraphDump.lines(of: records))
        XCTAssertEqual(bulkDump.count, recordDump.count, file: file, line: line)
        for (bulkLine, recordLine) in zip(bulkDump, recordDump) where bulkLine != recordLine {
            XCTFail("bulk: \(bulkLine)\nrecords: \(recordLine)", file: file, line: line)
            break
        }
        return bulk
    }
}
