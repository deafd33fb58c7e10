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
        let folder = try makeFolder(rows: 20_000)
        let store = try assertSameGraphEitherWay(folder)
        XCTAssertEqual(store.nodes(labeled: "Measurement").count, 20_000)
        XCTAssertEqual(store.relationshipTypeCounts.first { $0.name == "EVENT" }?.count, 20_000 / 19)
        let quoted = try XCTUnwrap(store.nodes(labeled: "Measurement", where: "id", equals: .string("m-7")).first)
        XCTAssertEqual(store.property("evidence", of: quoted), .string("exports, \"up\"\n7%"))
        XCTAssertEqual(store.property("approx", of: quoted), .string("about"))
        XCTAssertEqual(store.property("line", of: quoted), .null)
    }

    func testADuplicateIDInsideOneFileIsReportedOnceAtItsLine() throws {
        let folder = try makeFolder(rows: 100, extraRow: "m-5,value,total,2025,1,CNY,,,,,,,,,,src,,,,")
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
        let (bulkDump, recordDump) = (dump(bulk), dump(records))
        XCTAssertEqual(bulkDump.count, recordDump.count, file: file, line: line)
        for (bulkLine, recordLine) in zip(bulkDump, recordDump) where bulkLine != recordLine {
            XCTFail("bulk: \(bulkLine)\nrecords: \(recordLine)", file: file, line: line)
            break
        }
        return bulk
    }

    /// Every node with its labels and properties, then every relationship, in id order.
    private func dump(_ store: GraphStore) -> [String] {
        store.nodes.map { node in
            "\(node) \(store.labels(of: node)) \(store.properties(of: node).map { "\($0.key)=\($0.value)" }) "
                + "out \(store.relationships(of: node, direction: .outgoing)) in \(store.relationships(of: node, direction: .incoming))"
        } + store.relationships.map { relationship in
            "\(relationship) \(store.type(of: relationship)) \(store.source(of: relationship))->\(store.target(of: relationship)) "
                + "\(store.properties(of: relationship).map { "\($0.key)=\($0.value)" })"
        }
    }

    private func makeFolder(rows: Int, extraRow: String? = nil) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bulk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        try write(folder, "sources.csv", "id,kind,title\nsrc,briefing,Briefing\n")
        try write(folder, "entities.csv", """
            id,label,name
            china,Economy,China
            asean,PartnerGroup,ASEAN
            vietnam,Partner,Vietnam
            guangdong,Region,Guangdong
            ev,Product,Electric vehicles
            private,EnterpriseType,Private enterprises
            fta,Policy,FTA
            rail,Channel,China-Europe Railway Express
            wto,Organization,WTO
            wang,Person,Wang Lingjun
            expo,Event,China International Import Expo

            """)
        var lines = ["id,metric,flow,period,value,unit,approx,reporter,partner,region,product,enterprise,policy,channel,event,source,line,speaker,evidence,note"]
        let periods = ["2025", "2025-Q1", "2025-H1", "2025-01/2025-10", "2025-12-18", "2021/2025"]
        let partners = ["", "asean", "vietnam", "china"]
        for row in 1...rows {
            let evidence = row % 7 == 0 ? "\"exports, \"\"up\"\"\n7%\"" : row % 3 == 0 ? "据海关统计，增长\(row)%" : "up \(row)% on the year before, " + String(repeating: "as the briefing said ", count: 5)
            let fields = ["m-\(row)", row % 2 == 0 ? "value" : "yoy_growth", ["total", "export", "import", ""][row % 4],
                          periods[row % periods.count], row % 5 == 0 ? "-\(row).25" : "\(row)", row % 2 == 0 ? "CNY" : "percent",
                          row % 7 == 0 ? "true" : ["", "over", "nearly"][row % 3], row % 11 == 0 ? "wto" : "",
                          partners[row % 4], row % 6 == 0 ? "guangdong" : "", row % 4 == 0 ? "ev" : "", row % 9 == 0 ? "private" : "",
                          row % 13 == 0 ? "fta" : "", row % 17 == 0 ? "rail" : "", row % 19 == 0 ? "expo" : "", "src", row % 7 == 0 ? "" : "\(row % 400 + 1)",
                          row % 10 == 0 ? "wang" : "", evidence, row % 8 == 0 ? "a note, quoted" : ""]
            lines.append(fields.map { $0.contains(",") && !$0.hasPrefix("\"") ? "\"\($0)\"" : $0 }.joined(separator: ","))
            if row % 1000 == 0 { lines.append("") }
        }
        if let extraRow { lines.append(extraRow) }
        try write(folder, "measurements.csv", lines.joined(separator: "\r\n") + "\r\n")
        return folder.path
    }

    private func write(_ folder: URL, _ name: String, _ text: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
}
