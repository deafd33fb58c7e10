@testable import GraphLoader
import GraphModel
import GraphStore
import XCTest

/// The `event` column: a figure about an expo or a forum links to its `Event`, whichever reader reads the
/// file, an entity of another label is refused with the place and the labels expected, and `:save` writes the
/// column back.
final class EventDimensionTests: XCTestCase {
    private static let entities = """
        id,label,name
        china,Economy,China
        ciie,Event,China International Import Expo
        rcep,Policy,RCEP

        """
    private static let header = "id,metric,flow,period,value,unit,approx,event,source,line,evidence,note\n"

    func testAnEventColumnLinksTheFigureToItsEventEitherWay() throws {
        let folder = try makeFolder(measurements: Self.header
            + "deals,value,,2025,80000000000,USD,over,ciie,src,41,意向成交金额超过800亿美元,intended deals\n"
            + "total,value,total,2025,45470000000000,CNY,,,src,9,45.47万亿元,\n")
        for bulk in [true, false] {
            let (store, _) = try GraphLoader.load(folders: [folder], readingInBulk: bulk)
            XCTAssertEqual(eventsOf(store), ["deals": "ciie", "total": ""], "reading in bulk: \(bulk)")
        }
    }

    func testAnEventColumnNamingAnotherLabelIsAnErrorAtItsPlace() throws {
        let folder = try makeFolder(measurements: Self.header + "deals,value,,2025,1,USD,,rcep,src,41,1,\n")
        XCTAssertThrowsError(try GraphLoader.load(folders: [folder])) { error in
            let messages = (error as? LoadFailure)?.errors.map { "\($0.location.line):\($0.location.column): \($0.message)" }
            XCTAssertEqual(messages, ["2:26: 'rcep' in column event is a Policy; expected Event"])
        }
    }

    func testSavingWritesTheEventColumnAndReadsBackTheSameLinks() throws {
        let folder = try makeFolder(measurements: Self.header
            + "deals,value,,2025,80000000000,USD,over,ciie,src,41,意向成交金额超过800亿美元,intended deals\n")
        let store = try GraphLoader.load(folders: [folder])
        let writer = GraphWriter(store)
        XCTAssertEqual(writer.omissions, [])
        let measurements = try XCTUnwrap(writer.files.first { $0.name == "measurements.csv" }?.text)
        XCTAssertTrue(measurements.contains(",channel,event,source,"), measurements)
        XCTAssertTrue(measurements.contains(",ciie,src,41,"), measurements)
        let saved = FileManager.default.temporaryDirectory.appendingPathComponent("saved-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: saved, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: saved) }
        try writer.write(into: saved.path)
        XCTAssertEqual(eventsOf(try GraphLoader.load(folders: [saved.path])), ["deals": "ciie"])
    }

    /// Each measurement's id with the id of the event it links to (empty for none).
    private func eventsOf(_ store: GraphStore) -> [String: String] {
        var events: [String: String] = [:]
        for node in store.nodes(labeled: "Measurement") {
            let targets = store.relationships(of: node, direction: .outgoing, types: ["EVENT"]).map(store.target(of:))
            events[store.property("id", of: node).stringValue ?? ""] =
                targets.compactMap { store.property("id", of: $0).stringValue }.joined(separator: "|")
        }
        return events
    }

    private func makeFolder(measurements: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("event-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in [("sources.csv", "id,kind\nsrc,article\n"), ("entities.csv", Self.entities), ("measurements.csv", measurements)] {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder.path
    }
}
