import GraphModel
import GraphStore
import QueryPlanner

/// One hop followed by the label and property tests on the node it reaches (`(p)<-[:PARTNER]-(m:Measurement)
/// WHERE m.metric = 'value' AND m.period STARTS WITH '2024'`): the neighbours are gathered from the adjacency
/// list, narrowed by `NodeTests` a batch at a time, and only the survivors are bound and handed on. Rows come
/// out in the same order, with the same relationship uniqueness, as the steps one by one would give.
final class FilteredExpansion {
    let plan: ExpandStep
    private let tests: NodeTests
    private let types = TypeFilterCache()

    /// Whether a step can start such a fusion: exactly one relationship without property constraints, to a
    /// node not bound yet, along a relationship not bound yet.
    static func canStart(_ plan: ExpandStep) -> Bool {
        plan.hops == nil && plan.properties.isEmpty && !plan.toIsBound && !plan.relationshipIsBound
    }

    init(plan: ExpandStep, tests: NodeTests) {
        self.plan = plan
        self.tests = tests
    }

    /// Binds the relationship and far node of every neighbour that passes, calling `next` for each; stops
    /// when it returns false.
    func run(_ frame: Frame, _ used: inout [RelationshipID],
             _ next: (inout [RelationshipID]) throws(QueryError) -> Bool) throws(QueryError) -> Bool {
        guard case .node(let start) = frame.row[plan.from] else { return true }
        let store = frame.context.store
        var relationships: [RelationshipID] = [], nodes: [NodeID] = []
        store.forEachRelationship(of: start, direction: plan.direction, passing: types.filter(plan.types, in: store)) { relationship, other in
            if !used.contains(relationship) {
                relationships.append(relationship)
                nodes.append(other)
            }
            return true
        }
        for batch in stride(from: 0, to: nodes.count, by: NodeTests.batchSize) {
            try frame.context.checkCancelled(at: plan.location)
            for position in try tests.passing(nodes, in: batch..<min(batch + NodeTests.batchSize, nodes.count), frame: frame) {
                let relationship = relationships[Int(position)]
                frame.row[plan.to] = .node(nodes[Int(position)])
                frame.row[plan.relationship] = .relationship(relationship)
                used.append(relationship)
                defer { used.removeLast() }
                guard try next(&used) else { return false }
            }
        }
        return true
    }
}
