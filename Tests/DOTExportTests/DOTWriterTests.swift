import DOTExport
import GraphModel
import GraphStore
import XCTest

/// The parts of the DOT text a reader depends on: compact figures, folding, options, the size cap.
final class DOTWriterTests: XCTestCase {
    private func figureStore() throws -> (GraphStore, asean: NodeID, batteries: NodeID, figures: [NodeID]) {
        let store = GraphStore()
        let asean = try store.createNode(labels: ["PartnerGroup"], properties: [("id", .string("asean")), ("name", .string("ASEAN"))])
        let batteries = try store.createNode(labels: ["Product"], properties: [("id", .string("batteries")), ("name", .string("Batteries"))])
        let rows: [(String, String, Double, String, String, [(String, NodeID)])] = [
            ("value", "export", 26_990_000_000_000, "CNY", "", [("PARTNER", asean)]),
            ("yoy_growth", "export", 6.1, "percent", "", [("PARTNER", asean), ("PRODUCT", batteries)]),
            ("count", "", 780_000, "enterprises", "over", [("PRODUCT", batteries)]),
        ]
        var figures: [NodeID] = []
        for (index, row) in rows.enumerated() {
            let figure = try store.createNode(labels: ["Measurement"], properties: [
                ("id", .string("m\(index)")), ("metric", .string(row.0)), ("flow", .string(row.1)), ("period", .string("2025")),
                ("value", .float(row.2)), ("unit", .string(row.3)), ("approx", row.4.isEmpty ? .null : .string(row.4)),
            ])
            for (type, target) in row.5 { try store.createRelationship(from: figure, to: target, type: type) }
            figures.append(figure)
        }
        return (store, asean, batteries, figures)
    }

    /// The DOT text, checked by Graphviz.
    private func export(_ store: GraphStore, _ subgraph: Subgraph, _ options: DOTOptions = DOTOptions(),
                        file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try Graphviz.checked(try DOTWriter(store: store, options: options).text(for: subgraph), name: "writer", file: file, line: line)
    }

    private func all(_ store: GraphStore) -> Subgraph {
        Subgraph(nodes: store.nodes, relationships: store.relationships, in: store)
    }

    func testMeasurementsAreCompact() throws {
        let (store, _, _, _) = try figureStore()
        let text = try export(store, all(store))
        XCTAssertTrue(text.contains(#""m0" [label="export · 2025 · 26.99 trillion yuan""#), text)
        XCTAssertTrue(text.contains(#""m1" [label="yoy_growth · export · 2025 · +6.1%""#), text)
        XCTAssertTrue(text.contains(#""m2" [label="count · 2025 · over 780,000 enterprises""#), text)
        XCTAssertTrue(text.contains(#""m1" -> "asean" [label="PARTNER"];"#), text)
    }

    func testMeasurementNamesWhatThePictureLeavesOut() throws {
        let (store, asean, _, figures) = try figureStore()
        let text = try export(store, .around(asean, depth: 1, in: store))
        XCTAssertTrue(text.contains(#""m1" [label="yoy_growth · export · 2025 · +6.1%\nBatteries""#), text)
        XCTAssertFalse(text.contains("\"m2\""), "\(figures[2]) is not around ASEAN")
    }

    func testFoldingTurnsMeasurementsIntoEdgesAndRecords() throws {
        let (store, _, _, _) = try figureStore()
        let text = try export(store, all(store), DOTOptions(foldMeasurements: true))
        XCTAssertFalse(text.contains("Measurement"), "no measurement node and no legend entry")
        XCTAssertTrue(text.contains(#""asean" [label="ASEAN\n• export · 2025 · 26.99 trillion yuan\l""#), text)
        XCTAssertTrue(text.contains(#""batteries" [label="Batteries\n• count · 2025 · over 780,000 enterprises\l""#), text)
        XCTAssertTrue(text.contains(#""asean" -> "batteries" [label="yoy_growth · export · 2025 · +6.1%", dir="none""#), text)
    }

    func testOptionsShapeTheGraph() throws {
        let (store, _, _, _) = try figureStore()
        let text = try export(store, all(store), DOTOptions(direction: .bottomToTop, clusterByLabel: true))
        XCTAssertTrue(text.hasPrefix("digraph \"tradegraph\" {\n  charset=\"UTF-8\";\n  rankdir=\"BT\";\n"), text)
        XCTAssertTrue(text.contains("subgraph \"cluster_label_Product\" {\n    label=\"Product\";"), text)
        XCTAssertEqual(DOTOptions().direction, .leftToRight)
    }

    func testLegendListsOnlyLabelsPresent() throws {
        let (store, asean, _, _) = try figureStore()
        let text = try export(store, Subgraph(nodes: [asean], relationships: [], in: store))
        XCTAssertTrue(text.contains("\"legend:PartnerGroup\""))
        XCTAssertFalse(text.contains("\"legend:Product\""))
        XCTAssertFalse(text.contains("\"legend:Measurement\""))
    }

    func testTooManyNodesIsAnErrorThatSaysHowToNarrow() throws {
        let store = try Fixtures.bundledGraph()
        let eu = try Fixtures.entity("eu", in: store)
        let subgraph = Subgraph.around(eu, depth: 1, in: store)
        XCTAssertThrowsError(try DOTWriter(store: store, options: DOTOptions(maxNodes: 10)).text(for: subgraph)) { error in
            XCTAssertEqual(error as? DOTExportError, .tooManyNodes(count: subgraph.nodes.count, limit: 10))
            XCTAssertTrue("\(error)".contains("\(subgraph.nodes.count) nodes"))
            XCTAssertTrue("\(error)".contains("--depth 1"))
            XCTAssertTrue("\(error)".contains("LIMIT"))
        }
        let china = try Fixtures.entity("china", in: store)
        XCTAssertThrowsError(try DOTWriter(store: store).text(for: .around(china, depth: 2, in: store)))
    }

    func testFoldedMeasurementsDoNotCountTowardsTheCap() throws {
        let store = try Fixtures.bundledGraph()
        let eu = try Fixtures.entity("eu", in: store)
        let options = DOTOptions(foldMeasurements: true, maxNodes: 10)
        XCTAssertNoThrow(try export(store, .around(eu, depth: 1, in: store), options))
    }

    func testEveryOptionCombinationIsValidDOT() throws {
        let store = try Fixtures.bundledGraph()
        let subgraph = try Fixtures.newTrioWithMeasurements(in: store)
        for direction in DOTOptions.Direction.allCases {
            for fold in [false, true] {
                let options = DOTOptions(direction: direction, foldMeasurements: fold, clusterByLabel: !fold)
                _ = try Graphviz.svg(of: try DOTWriter(store: store, options: options).text(for: subgraph), name: "options")
            }
        }
        _ = try Graphviz.svg(of: try DOTWriter(store: store).text(for: Subgraph(nodes: [], relationships: [], in: store)), name: "empty")
    }
}
