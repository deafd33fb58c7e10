import GraphModel
import GraphStore
import XCTest

/// Typed column storages must be invisible: whatever storage a column picked, reads return what was written.
final class PropertyColumnTests: XCTestCase {
    func testAFloatColumnTakesOtherValuesAndAbsences() throws {
        let store = GraphStore()
        let nodes = try (0..<3).map { index throws(StoreError) in
            try store.createNode(labels: ["Measurement"], properties: [("value", .float(Double(index) + 0.5))])
        }
        XCTAssertTrue(store.nodePropertyHoldsOnlyFloats(try XCTUnwrap(store.propertyKey("value"))))
        try store.setProperty("value", to: .null, of: nodes[1])
        XCTAssertEqual(store.property("value", of: nodes[1]), .null)
        try store.setProperty("value", to: .string("n/a"), of: nodes[2])
        XCTAssertFalse(store.nodePropertyHoldsOnlyFloats(try XCTUnwrap(store.propertyKey("value"))))
        XCTAssertEqual(nodes.map { store.property("value", of: $0) }, [.float(0.5), .null, .string("n/a")])
        try store.setProperty("line", to: .int(Int64.min), of: nodes[0])
        try store.setProperty("line", to: .int(3), of: nodes[1])
        XCTAssertEqual(nodes.map { store.property("line", of: $0) }, [.int(Int64.min), .int(3), .null])
    }

    func testDistinctTextsReadAndCompareAsPooledOnes() throws {
        let store = GraphStore()
        let nodes = try (0..<3000).map { index throws(StoreError) in
            try store.createNode(labels: ["Measurement"], properties: [("id", .string("m-\(index)"))])
        }
        try store.setProperty("id", to: .string("renamed"), of: nodes[7])
        try store.setProperty("id", to: .null, of: nodes[8])
        let key = try XCTUnwrap(store.propertyKey("id"))
        XCTAssertEqual(store.property("id", of: nodes[2999]), .string("m-2999"))
        XCTAssertEqual(store.property("id", of: nodes[7]), .string("renamed"))
        XCTAssertEqual(store.property("id", of: nodes[8]), .null)
        XCTAssertEqual(store.property(key, of: nodes[5], equals: store.pooled("m-5")), true)
        XCTAssertEqual(store.property(key, of: nodes[5], equals: store.pooled("m-6")), false)
        XCTAssertEqual(store.property(key, of: nodes[8], equals: store.pooled("m-8")), nil)
        XCTAssertEqual(store.nodes(labeled: "Measurement", where: "id", equals: .string("m-42")), [nodes[42]])
    }
}
