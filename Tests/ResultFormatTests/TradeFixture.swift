import GraphModel
import GraphStore
import QueryExecutor
import ResultFormat

/// A two-node graph (Vietnam MEMBER_OF ASEAN, with a Chinese name) and the texts its elements render as.
struct TradeFixture {
    let store = GraphStore()
    let asean: NodeID
    let vietnam: NodeID
    let membership: RelationshipID

    static let aseanText = "(:PartnerGroup {id: 'asean', name: 'ASEAN', name_zh: '东盟'})"
    static let vietnamText = "(:Partner {id: 'vietnam', name: 'Vietnam'})"
    static let membershipText = "[:MEMBER_OF {source: 'q1-2025'}]"
    static let aseanJSON = #"{"~type": "node", "id": 0, "labels": ["PartnerGroup"], "properties": {"id": "asean", "name": "ASEAN", "name_zh": "东盟"}}"#
    static let vietnamJSON = #"{"~type": "node", "id": 1, "labels": ["Partner"], "properties": {"id": "vietnam", "name": "Vietnam"}}"#
    static let membershipJSON = #"{"~type": "relationship", "id": 0, "type": "MEMBER_OF", "start": 1, "end": 0, "properties": {"source": "q1-2025"}}"#

    init() throws {
        asean = try store.createNode(labels: ["PartnerGroup"], properties: [
            ("id", .string("asean")), ("name", .string("ASEAN")), ("name_zh", .string("东盟")),
        ])
        vietnam = try store.createNode(labels: ["Partner"], properties: [("id", .string("vietnam")), ("name", .string("Vietnam"))])
        membership = try store.createRelationship(from: vietnam, to: asean, type: "MEMBER_OF",
                                                  properties: [("source", .string("q1-2025"))])
    }

    /// Vietnam to ASEAN along the relationship's own direction.
    var forwardPath: Value { .path(GraphPath(nodes: [vietnam, asean], relationships: [membership])) }

    /// ASEAN to Vietnam, against the relationship's direction.
    var backwardPath: Value { .path(GraphPath(nodes: [asean, vietnam], relationships: [membership])) }

    func render(_ format: OutputFormat, _ columns: [String], _ rows: [[Value]]) -> String {
        ResultRenderer.render(QueryResult(columns: columns, rows: rows), format: format, store: store)
    }

    func cell(_ value: Value) -> String {
        ResultRenderer.cellText(of: value, store: store)
    }
}
