import GraphModel
import GraphStore
import XCTest

/// Adjacency is flat arrays built from the relationship arrays, with the lists written since on the side: every
/// list must read as the relationships created, in creation order, through blocks, single writes, deletions and
/// the rebuilds they cause.
final class AdjacencyTests: XCTestCase {
    func testABlockThenSingleWritesThenDeletionsReadInCreationOrder() throws {
        let store = GraphStore()
        let hub = try store.createNode(labels: ["Hub"])
        let first = try store.appendNodes(count: 3, label: "Leaf", columns: [])
        let leaves = (0..<3).map { NodeID(first.index + Int32($0)) }
        var block = RelationshipBlock(types: [store.relationshipType(creating: "A"), store.relationshipType(creating: "B")])
        for (index, leaf) in leaves.enumerated() { block.append(from: leaf, to: hub, typeIndex: UInt8(index % 2)) }
        try store.appendRelationships(block)
        let blockRelationships = store.relationships(of: hub, direction: .incoming)
        XCTAssertEqual(blockRelationships.count, 3)
        let single = try store.createRelationship(from: hub, to: leaves[0], type: "B")
        let loop = try store.createRelationship(from: hub, to: hub, type: "A")
        XCTAssertEqual(store.relationships(of: hub, direction: .incoming), blockRelationships + [loop])
        XCTAssertEqual(store.relationships(of: hub, direction: .outgoing), [single, loop])
        XCTAssertEqual(store.relationships(of: hub, direction: .either), [single, loop] + blockRelationships)
        XCTAssertEqual(store.relationships(of: hub, direction: .incoming, types: ["B"]), [blockRelationships[1]])
        store.deleteRelationship(blockRelationships[1])
        XCTAssertEqual(store.relationships(of: hub, direction: .incoming), [blockRelationships[0], blockRelationships[2], loop])
        try store.deleteNode(leaves[0], detach: true)
        XCTAssertEqual(store.relationships(of: hub, direction: .incoming), [blockRelationships[2], loop])
        XCTAssertEqual(store.relationships(of: hub, direction: .outgoing), [loop])
        XCTAssertEqual(store.degree(of: hub, direction: .either), 3)
    }

    /// Nodes created after the flat lists were built have no offsets of their own yet; the image must still
    /// have one per node, and read back (copied, without an owner) as the same lists.
    func testAnImageOfNodesAddedAfterTheFlatListsReadsBackTheSameLists() throws {
        let store = GraphStore()
        let hub = try store.createNode(labels: ["Hub"])
        let leaf = try store.appendNodes(count: 1, label: "Leaf", columns: [])
        var block = RelationshipBlock(types: [store.relationshipType(creating: "A")])
        block.append(from: leaf, to: hub, typeIndex: 0)
        try store.appendRelationships(block)
        let link = RelationshipID(0)
        XCTAssertEqual(store.degree(of: hub, direction: .incoming), 1)
        let late = try store.createNode(labels: ["Leaf"])
        var bytes: [UInt8] = []
        try store.writeImage(to: ImageWriter { bytes.append(contentsOf: $0) })
        let copy = try bytes.withUnsafeBytes { raw in
            var reader = ImageReader(raw)
            return try GraphStore(image: &reader)
        }
        XCTAssertEqual(copy.relationships(of: hub, direction: .incoming), [link])
        XCTAssertEqual(copy.relationships(of: leaf, direction: .outgoing), [link])
        XCTAssertEqual(copy.degree(of: late, direction: .either), 0)
        XCTAssertEqual(try copy.createRelationship(from: late, to: hub, type: "A"), RelationshipID(1))
        XCTAssertEqual(copy.relationships(of: hub, direction: .incoming), [link, RelationshipID(1)])
    }

    /// Enough single writes that the lists on the side outgrow the flat arrays and are folded into new ones,
    /// with reads between the writes: every list still reads as created, and a walk that was reading a list
    /// when it was rebuilt reads it to its end.
    func testManySingleWritesAreFoldedIntoNewFlatListsWithoutLosingOrder() throws {
        let store = GraphStore()
        let hubs = try (0..<2).map { _ in try store.createNode(labels: ["Hub"]) }
        var created: [[RelationshipID]] = [[], []]
        for index in 0..<150_000 {
            let hub = index % 3 == 0 ? 1 : 0
            created[hub].append(try store.createRelationship(from: hubs[hub], to: hubs[1 - hub], type: index % 7 == 0 ? "RARE" : "COMMON"))
            if index % 40_000 == 0 { XCTAssertEqual(store.degree(of: hubs[hub], direction: .outgoing), created[hub].count) }
        }
        var walked: [RelationshipID] = []
        store.forEachRelationship(of: hubs[0], direction: .outgoing, passing: store.typeFilter([])) { relationship, _ in
            if walked.isEmpty { _ = try? store.createRelationship(from: hubs[0], to: hubs[1], type: "LATE") }
            walked.append(relationship)
            return true
        }
        XCTAssertEqual(walked, created[0])
        XCTAssertEqual(store.relationships(of: hubs[1], direction: .outgoing), created[1])
        XCTAssertEqual(store.relationships(of: hubs[1], direction: .incoming).count, created[0].count + 1)
        XCTAssertEqual(store.relationships(of: hubs[0], direction: .outgoing, types: ["RARE"]),
                       created[0].filter { store.type(of: $0) == "RARE" })
    }

    /// Following one hop from many nodes at once (`neighbours(of:direction:passing:)`) must give every
    /// node's walk, one after another: from flat lists, from a list written since they were built, from a long
    /// list walked through its grouping by type, for every type filter.
    func testNeighboursOfManyNodesAreTheirWalksOneAfterAnother() throws {
        let store = GraphStore()
        let hubs = try (0..<2).map { _ in try store.createNode(labels: ["Hub"]) }
        let first = try store.appendNodes(count: 40, label: "Leaf", columns: [])
        let leaves = (0..<40).map { NodeID(first.index + Int32($0)) }
        var block = RelationshipBlock(types: [store.relationshipType(creating: "A"), store.relationshipType(creating: "B")])
        for (index, leaf) in leaves.enumerated() {
            block.append(from: leaf, to: hubs[0], typeIndex: 0)
            if index % 3 == 0 { block.append(from: leaf, to: hubs[1], typeIndex: 1) }
        }
        try store.appendRelationships(block)
        _ = store.degree(of: hubs[0], direction: .incoming)
        _ = try store.createRelationship(from: leaves[4], to: leaves[5], type: "A")
        let askedFor = hubs + leaves.prefix(8) + [hubs[0]]
        for direction in [Adjacency.outgoing, .incoming] {
            for types in [[], ["A"], ["B"], ["A", "B"], ["C"]] {
                let filter = store.typeFilter(types)
                var walks: [(owner: Int32, relationship: RelationshipID, other: NodeID)] = []
                for (owner, node) in askedFor.enumerated() {
                    store.forEachRelationship(of: node, direction: direction, passing: filter) { relationship, other in
                        walks.append((Int32(owner), relationship, other))
                        return true
                    }
                }
                let batch = store.neighbours(of: askedFor, direction: direction, passing: filter)
                XCTAssertEqual(batch.owners, walks.map(\.owner), "\(direction) \(types)")
                XCTAssertEqual(batch.relationships, walks.map(\.relationship), "\(direction) \(types)")
                XCTAssertEqual(batch.others, walks.map(\.other), "\(direction) \(types)")
            }
        }
        XCTAssertEqual(store.neighbours(of: [hubs[0]], direction: .incoming, passing: store.typeFilter(["A"])).others, leaves)
    }
}
