import DOTExport
import GraphLoader
import GraphModel
import GraphStore
import XCTest

/// The graphs and subgraphs the tests draw: the bundled graph and a store of awkward names.
enum Fixtures {
    /// The repository root, found from this file so tests run from any working directory.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled graph, `Graph/`.
    static func bundledGraph() throws -> GraphStore {
        try GraphLoader.load(folders: [repository.appendingPathComponent("Graph").path])
    }

    /// The entity with a graph id.
    static func entity(_ id: String, in store: GraphStore) throws -> NodeID {
        try XCTUnwrap(store.nodes.first { store.property("id", of: $0) == .string(id) }, "no node with id '\(id)'")
    }

    /// The products under `new-trio`, found by walking `PART_OF` towards the leaves, with those relationships.
    static func newTrioHierarchy(in store: GraphStore) throws -> (nodes: [NodeID], relationships: [RelationshipID]) {
        var nodes = [try entity("new-trio", in: store)]
        var relationships: [RelationshipID] = []
        var frontier = nodes
        while let parent = frontier.popLast() {
            for relationship in store.relationships(of: parent, direction: .incoming, types: ["PART_OF"]) {
                relationships.append(relationship)
                let child = store.source(of: relationship)
                if !nodes.contains(child) { nodes.append(child); frontier.append(child) }
            }
        }
        return (nodes, relationships)
    }

    /// The hierarchy under `new-trio` with the measurements about its products and their other dimensions.
    static func newTrioWithMeasurements(in store: GraphStore) throws -> Subgraph {
        let (nodes, relationships) = try newTrioHierarchy(in: store)
        let measurements = nodes.flatMap { store.relationships(of: $0, direction: .incoming, types: ["PRODUCT"]) }
            .map { store.source(of: $0) }
        let dimensions = measurements.flatMap { store.relationships(of: $0, direction: .outgoing, types: ["PARTNER", "PRODUCT"]) }
        return Subgraph(nodes: nodes, relationships: relationships + dimensions, in: store)
    }

    /// Names that break naive DOT writers: quotes, backslashes, keywords, a newline, markup, a leading
    /// digit, an entity reference, Chinese and an emoji.
    static let awkwardNames = [
        "Say \"hi\"", "back\\slash\\", "node", "graph", "strict", "subgraph", "line one\nline two",
        "<b>html</b>", "1abc", "AT&amp;T", "中华人民共和国", "Container ship 🚢", "\\N \\G \\l",
    ]

    /// A store whose entity names (and ids) are `awkwardNames`, linked in a chain, with one measurement.
    static func awkwardStore() throws -> GraphStore {
        let store = GraphStore()
        var previous: NodeID?
        for name in awkwardNames {
            let node = try store.createNode(labels: ["Partner"], properties: [
                ("id", .string(name)), ("name", .string(name)), ("name_zh", .string("名称 " + name)),
            ])
            if let previous { try store.createRelationship(from: node, to: previous, type: "MEMBER_OF") }
            previous = node
        }
        let figure = try store.createNode(labels: ["Measurement"], properties: [
            ("id", .string("node")), ("metric", .string("value")), ("flow", .string("export")),
            ("period", .string("2025")), ("value", .float(26_990_000_000_000)), ("unit", .string("CNY")),
        ])
        if let previous { try store.createRelationship(from: figure, to: previous, type: "PARTNER") }
        return store
    }
}
