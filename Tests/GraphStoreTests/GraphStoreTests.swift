import GraphModel
import GraphStore
import XCTest

final class GraphStoreTests: XCTestCase {
    private func sample() throws -> (GraphStore, asean: NodeID, vietnam: NodeID, figure: NodeID) {
        let store = GraphStore()
        let asean = try store.createNode(labels: ["PartnerGroup"], properties: [
            ("id", .string("asean")), ("name", .string("ASEAN")), ("name_zh", .string("东盟")),
            ("aliases", .list([.string("Association of Southeast Asian Nations")])),
        ])
        let vietnam = try store.createNode(labels: ["Partner"], properties: [("id", .string("vietnam")), ("name", .string("Vietnam"))])
        let figure = try store.createNode(labels: ["Measurement"], properties: [("value", .float(7.5)), ("metric", .string("yoy_growth"))])
        try store.createRelationship(from: vietnam, to: asean, type: "MEMBER_OF", properties: [("source", .string("q1"))])
        try store.createRelationship(from: figure, to: asean, type: "PARTNER")
        return (store, asean, vietnam, figure)
    }

    func testLookupByLabelAndProperty() throws {
        let (store, asean, vietnam, _) = try sample()
        XCTAssertEqual(store.nodes(labeled: "Partner"), [vietnam])
        XCTAssertEqual(store.nodes(labeled: "PartnerGroup", where: "name", equals: .string("ASEAN")), [asean])
        XCTAssertEqual(store.nodes(labeled: "PartnerGroup", where: "name", equals: .string("asean")), [])
        XCTAssertEqual(store.nodes(labeled: "Nothing"), [])
    }

    func testNameLookupIgnoresCaseAndCoversAliasesAndChinese() throws {
        let (store, asean, _, _) = try sample()
        XCTAssertEqual(store.nodes(named: "asean"), [asean])
        XCTAssertEqual(store.nodes(named: "东盟"), [asean])
        XCTAssertEqual(store.nodes(named: "association of southeast asian nations"), [asean])
        XCTAssertEqual(store.nodes(named: "Laos"), [])
    }

    func testAdjacencyInBothDirectionsFilteredByType() throws {
        let (store, asean, vietnam, figure) = try sample()
        XCTAssertEqual(store.relationships(of: asean, direction: .incoming).map { store.source(of: $0) }, [vietnam, figure])
        XCTAssertEqual(store.relationships(of: asean, direction: .incoming, types: ["PARTNER"]).map { store.source(of: $0) }, [figure])
        XCTAssertEqual(store.relationships(of: vietnam, direction: .outgoing).map { store.type(of: $0) }, ["MEMBER_OF"])
        XCTAssertEqual(store.relationships(of: vietnam, direction: .incoming), [])
    }

    func testPropertiesAndIndexesFollowWrites() throws {
        let (store, asean, _, figure) = try sample()
        XCTAssertEqual(store.nodes(labeled: "Measurement", where: "value", equals: .int(7)), [])
        try store.setProperty("value", to: .float(7), of: figure)
        XCTAssertEqual(store.nodes(labeled: "Measurement", where: "value", equals: .int(7)), [figure])
        try store.setProperty("name", to: .string("Asean bloc"), of: asean)
        XCTAssertEqual(store.nodes(named: "asean bloc"), [asean])
        XCTAssertEqual(store.property("name", of: asean), .string("Asean bloc"))
        try store.setProperty("name", to: .null, of: asean)
        XCTAssertEqual(store.property("name", of: asean), .null)
        XCTAssertEqual(store.properties(of: figure).map(\.key), ["metric", "value"])
    }

    func testDeleteRequiresDetachWhenRelationshipsRemain() throws {
        let (store, asean, _, _) = try sample()
        XCTAssertThrowsError(try store.deleteNode(asean, detach: false)) { error in
            XCTAssertEqual(error as? StoreError, .nodeHasRelationships(relationships: 2))
        }
        try store.deleteNode(asean, detach: true)
        XCTAssertEqual(store.nodeCount, 2)
        XCTAssertEqual(store.relationshipCount, 0)
        XCTAssertEqual(store.nodes(labeled: "PartnerGroup"), [])
        XCTAssertFalse(store.contains(asean))
    }

    func testCatalogCountsWhatIsInUse() throws {
        let (store, _, _, _) = try sample()
        XCTAssertEqual(store.labelCounts.map(\.name), ["Measurement", "Partner", "PartnerGroup"])
        XCTAssertEqual(store.relationshipTypeCounts.map { "\($0.name)=\($0.count)" }, ["MEMBER_OF=1", "PARTNER=1"])
        XCTAssertTrue(store.isKnownPropertyKey("source"))
        XCTAssertFalse(store.isKnownPropertyKey("nonexistent"))
    }

    func testMapsAreNotPropertyValues() throws {
        let (store, asean, _, _) = try sample()
        XCTAssertThrowsError(try store.setProperty("bad", to: .map([:]), of: asean))
    }

    /// A long list asked for one type goes through its grouping by type, which must give that type's
    /// relationships in the list's order and follow every write to the list.
    func testALongListAskedForOneTypeGivesItsRelationshipsInOrderAfterWrites() throws {
        let store = GraphStore()
        let hub = try store.createNode(labels: ["Hub"])
        var created: [(RelationshipID, String)] = []
        for index in 0..<60 {
            let leaf = try store.createNode(labels: ["Leaf"])
            let type = index % 5 == 0 ? "RARE" : "COMMON"
            created.append((try store.createRelationship(from: leaf, to: hub, type: type), type))
        }
        func following(_ type: String) -> [RelationshipID] {
            var found: [RelationshipID] = []
            store.forEachRelationship(of: hub, direction: .incoming, passing: store.typeFilter([type])) { relationship, _ in
                found.append(relationship)
                return true
            }
            return found
        }
        XCTAssertEqual(following("RARE"), created.filter { $0.1 == "RARE" }.map(\.0))
        XCTAssertEqual(following("COMMON"), created.filter { $0.1 == "COMMON" }.map(\.0))
        let late = try store.createRelationship(from: try store.createNode(labels: ["Leaf"]), to: hub, type: "RARE")
        XCTAssertEqual(following("RARE"), created.filter { $0.1 == "RARE" }.map(\.0) + [late])
        store.deleteRelationship(created[5].0)
        XCTAssertEqual(following("RARE"), created.filter { $0.1 == "RARE" && $0.0 != created[5].0 }.map(\.0) + [late])
        XCTAssertEqual(following("NONE"), [])
    }
}
