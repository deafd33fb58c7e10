import GraphLoader
import GraphModel
import GraphStore
import XCTest

final class GraphWriterTests: XCTestCase {
    func testPlainDecimalsHaveNoExponentAndRoundTrip() {
        let cases: [(Double, String)] = [
            (45_470_000_000_000, "45470000000000"), (3.8, "3.8"), (-2.3, "-2.3"), (0, "0"), (-0.0, "0"),
            (1e16, "10000000000000000"), (1.5e-5, "0.000015"), (16.67, "16.67"), (0.1 + 0.2, "0.30000000000000004"),
            (123_456.789, "123456.789"), (1e-7, "0.0000001"), (2.5e20, "250000000000000000000"),
        ]
        for (number, text) in cases {
            XCTAssertEqual(GraphWriter.plainDecimal(number), text)
            XCTAssertEqual(Double(text), number == 0 ? 0 : number)
        }
        XCTAssertNil(GraphWriter.plainDecimal(.nan))
        XCTAssertNil(GraphWriter.plainDecimal(.infinity))
    }

    func testWrittenFolderLoadsAsTheSameGraph() throws {
        let store = try Fixture.store()
        let tricky = try store.createNode(labels: ["Partner"], properties: [
            ("id", .string("tricky")), ("name", .string("Say \"hi\", then, go")), ("name_zh", .string("引号，逗号")),
            ("aliases", .list([.string("two\nlines"), .string("crlf\r\nend")])), ("description", .string(" spaces kept ")),
        ])
        let m = try store.createNode(labels: ["Measurement"], properties: [
            ("id", .string("m9")), ("metric", .string("share")), ("period", .string("2025-12")), ("start", .string("2025-12-01")),
            ("end", .string("2025-12-31")), ("value", .float(0.000015)),
            ("unit", .string("percent")), ("note", .string("a, \"quoted\" note\nover two lines")), ("line", .int(7)),
        ])
        let source = store.nodes(labeled: "Source")[0]
        let china = store.nodes(named: "China")[0]
        try store.createRelationship(from: m, to: tricky, type: "PARTNER")
        try store.createRelationship(from: m, to: source, type: "SOURCE")
        try store.createRelationship(from: m, to: china, type: "REPORTER")
        try store.createRelationship(from: tricky, to: store.nodes(named: "ASEAN")[0], type: "MEMBER_OF",
                                     properties: [("note", .string("since, \"1995\""))])
        let writer = GraphWriter(store)
        XCTAssertEqual(writer.omissions, [])
        let folder = try TemporaryFolder()
        try writer.write(into: folder.path)
        let reloaded = try GraphLoader.load(folders: [folder.path])
        XCTAssertEqual(GraphSnapshot(reloaded), GraphSnapshot(store))
        XCTAssertTrue(try String(contentsOfFile: folder.path("entities.csv"), encoding: .utf8)
            .contains("tricky,Partner,\"Say \"\"hi\"\", then, go\",引号，逗号,\"two\nlines|crlf\r\nend\", spaces kept \n"))
    }

    func testWhatFitsNoTableIsListedNotDropped() throws {
        let store = try Fixture.store()
        let odd = try store.createNode(labels: ["Widget"], properties: [("id", .string("w"))])
        try store.createRelationship(from: odd, to: store.nodes(named: "ASEAN")[0], type: "NEAR")
        try store.setProperty("population", to: .int(5), of: store.nodes(named: "Vietnam")[0])
        let measurement = store.nodes(labeled: "Measurement")[0]
        try store.createRelationship(from: measurement, to: store.nodes(named: "Vietnam")[0], type: "PARTNER")
        XCTAssertEqual(GraphWriter(store).omissions, [
            "node (:Widget) 'w' fits no table (only nodes with one entity label, :Source or :Measurement are saved), nor its 1 relationship(s)",
            "property 'population' of (:Partner) 'vietnam'",
            "relationship (:Measurement) 'm1'-[:PARTNER]->(:Partner) 'vietnam'",
        ])
    }
}

/// A graph by content, independent of node ids: what must survive a write and a load.
struct GraphSnapshot: Equatable {
    let nodes: Set<String>
    let relationships: [String]

    init(_ store: GraphStore) {
        func describe(_ node: NodeID) -> String {
            store.labels(of: node).joined(separator: ":") + " " + store.properties(of: node).map { "\($0.key)=\($0.value)" }.joined(separator: ";")
        }
        nodes = Set(store.nodes.map(describe))
        relationships = store.relationships.map { r in
            "\(store.property("id", of: store.source(of: r))) \(store.type(of: r)) \(store.property("id", of: store.target(of: r))) "
                + store.properties(of: r).map { "\($0.key)=\($0.value)" }.joined(separator: ";")
        }.sorted()
    }
}
