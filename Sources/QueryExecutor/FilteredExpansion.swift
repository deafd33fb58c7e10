import GraphModel
import GraphStore
import QueryPlanner

/// One hop followed by the label and property tests on the node it reaches (`(p)<-[:PARTNER]-(m:Measurement)
/// WHERE m.metric = 'value' AND m.period STARTS WITH '2024'`): the neighbours are gathered from the adjacency
/// list, narrowed by `NodeTests` a batch at a time, and only the survivors are bound and handed on. Rows come
/// out in the same order, with the same relationship uniqueness, as the steps one by one would give.
final class FilteredExpansion {
    let plan: ExpandStep
    let tests: NodeTests
    /// Where the rest of the pattern can be completed from, when a later node is pinned by a constant.
    var reach: SuffixReach?
    private let types = TypeFilterCache()
    /// Up to this many relationships, candidates are tested one by one: gathering them into lists costs more
    /// than it saves (a measurement's handful of links).
    private static let fewNeighbours = 16

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
        let reachable = try reach?.nodes(frame)
        let types = types.filter(plan.types, in: store)
        let labelsGuaranteed = tests.labelsGuaranteed(along: types, plan.direction, in: store)
        if store.degree(of: start, direction: plan.direction) <= Self.fewNeighbours {
            return try store.forEachRelationship(of: start, direction: plan.direction, passing: types) {
                relationship, other throws(QueryError) -> Bool in
                guard !used.contains(relationship), reachable?.contains(other) ?? true,
                      try tests.passes(other, frame: frame, labelsGuaranteed: labelsGuaranteed) else { return true }
                return try bind(relationship, other, frame, &used, next)
            }
        }
        var relationships: [RelationshipID] = [], nodes: [NodeID] = []
        store.forEachRelationship(of: start, direction: plan.direction, passing: types) { relationship, other in
            if !used.contains(relationship), reachable?.contains(other) ?? true {
                relationships.append(relationship)
                nodes.append(other)
            }
            return true
        }
        for batch in stride(from: 0, to: nodes.count, by: NodeTests.batchSize) {
            try frame.context.checkCancelled(at: plan.location)
            let range = batch..<min(batch + NodeTests.batchSize, nodes.count)
            for position in try tests.passing(nodes, in: range, frame: frame, labelsGuaranteed: labelsGuaranteed) {
                guard try bind(relationships[Int(position)], nodes[Int(position)], frame, &used, next) else { return false }
            }
        }
        return true
    }

    /// Whether `run(from:_:_:_:)` can take this hop for many start nodes at once: one
    /// direction, and no reach that would have to be worked out for each start.
    var followsBatches: Bool { reach == nil && plan.direction != .either }

    /// The rows `run(_:_:_:)` gives for each of `starts` in turn, bound into `plan.from` one after another,
    /// with the relationships of all of them gathered and their far nodes tested in passes
    /// (`GraphStore.neighbours(of:direction:passing:)`).
    func run(from starts: [NodeID], _ frame: Frame, _ used: inout [RelationshipID],
             _ next: (inout [RelationshipID]) throws(QueryError) -> Bool) throws(QueryError) -> Bool {
        let store = frame.context.store
        let types = types.filter(plan.types, in: store)
        let labelsGuaranteed = tests.labelsGuaranteed(along: types, plan.direction, in: store)
        let found = store.neighbours(of: starts, direction: plan.direction, passing: types)
        for batch in stride(from: 0, to: found.others.count, by: NodeTests.batchSize) {
            try frame.context.checkCancelled(at: plan.location)
            let range = batch..<min(batch + NodeTests.batchSize, found.others.count)
            for position in try tests.passing(found.others, in: range, frame: frame, labelsGuaranteed: labelsGuaranteed) {
                let position = Int(position), relationship = found.relationships[position]
                guard !used.contains(relationship) else { continue }
                frame.row[plan.from] = .node(starts[Int(found.owners[position])])
                guard try bind(relationship, found.others[position], frame, &used, next) else { return false }
            }
        }
        return true
    }

    private func bind(_ relationship: RelationshipID, _ node: NodeID, _ frame: Frame, _ used: inout [RelationshipID],
                      _ next: (inout [RelationshipID]) throws(QueryError) -> Bool) throws(QueryError) -> Bool {
        frame.row[plan.to] = .node(node)
        frame.row[plan.relationship] = .relationship(relationship)
        used.append(relationship)
        defer { used.removeLast() }
        return try next(&used)
    }
}
