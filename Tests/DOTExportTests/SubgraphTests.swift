import DOTExport
import GraphModel
import GraphStore
import QueryExecutor
import XCTest

/// What a query result or a neighbourhood puts in the picture.
final class SubgraphTests: XCTestCase {
    private func chain() throws -> (GraphStore, [NodeID], [RelationshipID]) {
        let store = GraphStore()
        let nodes = try (0..<5).map { index throws(StoreError) in
            try store.createNode(labels: ["Region"], properties: [("name", .string("r\(index)"))])
        }
        let relationships = try (1..<5).map { index throws(StoreError) in
            try store.createRelationship(from: nodes[index], to: nodes[index - 1], type: "PART_OF")
        }
        return (store, nodes, relationships)
    }

    func testResultElementsAnywhereInTheValuesAreCollected() throws {
        let (store, nodes, relationships) = try chain()
        let path = GraphPath(nodes: [nodes[3], nodes[2]], relationships: [relationships[2]])
        let result = QueryResult(columns: ["a", "b", "c", "d"], rows: [
            [.node(nodes[0]), .list([.int(1), .relationship(relationships[0])]), .null, .string("x")],
            [.map(["p": .path(path)]), .list([.list([.node(nodes[0])])]), .float(1), .bool(true)],
        ])
        let subgraph = Subgraph.of(result, in: store)
        XCTAssertEqual(subgraph.nodes, [nodes[0], nodes[1], nodes[2], nodes[3]], "a relationship brings both ends")
        XCTAssertEqual(subgraph.relationships, [relationships[0], relationships[2]])
    }

    func testResultWithoutGraphElementsIsEmpty() throws {
        let (store, _, _) = try chain()
        XCTAssertTrue(Subgraph.of(QueryResult(columns: ["n"], rows: [[.int(1)]]), in: store).isEmpty)
    }

    func testAroundFollowsBothDirectionsToTheDepth() throws {
        let (store, nodes, relationships) = try chain()
        XCTAssertEqual(Subgraph.around(nodes[2], depth: 0, in: store).nodes, [nodes[2]])
        let one = Subgraph.around(nodes[2], depth: 1, in: store)
        XCTAssertEqual(one.nodes, [nodes[1], nodes[2], nodes[3]])
        XCTAssertEqual(one.relationships, [relationships[1], relationships[2]])
        XCTAssertEqual(Subgraph.around(nodes[2], depth: 2, in: store).nodes, nodes)
        XCTAssertEqual(Subgraph.around(nodes[0], depth: 9, in: store).relationships, relationships)
    }

    func testDeletedElementsAreLeftOut() throws {
        let (store, nodes, relationships) = try chain()
        try store.deleteNode(nodes[4], detach: true)
        let subgraph = Subgraph(nodes: nodes, relationships: relationships, in: store)
        XCTAssertEqual(subgraph.nodes, Array(nodes.prefix(4)))
        XCTAssertEqual(subgraph.relationships, Array(relationships.prefix(3)))
        XCTAssertTrue(Subgraph.around(nodes[4], depth: 1, in: store).isEmpty)
    }

    func testAroundTheEUIncludesItsMeasurements() throws {
        let store = try Fixtures.bundledGraph()
        let eu = try Fixtures.entity("eu", in: store)
        let subgraph = Subgraph.around(eu, depth: 1, in: store)
        let measurements = subgraph.nodes.filter { store.hasLabel($0, "Measurement") }
        XCTAssertFalse(measurements.isEmpty)
        XCTAssertTrue(subgraph.nodes.contains(try Fixtures.entity("germany", in: store)))
        XCTAssertFalse(subgraph.nodes.contains(try Fixtures.entity("china", in: store)), "china is two hops away")
    }
}
