import GraphModel
import GraphStore
import QueryPlanner

/// Following relationships from a bound node: one hop, or a bounded depth-first walk for variable length.
///
/// A class, so that the match step holding it is copied with one retain per row instead of one per field of
/// the plan (`PatternMatcher.run` switches over the step for every partial match).
final class Expansion {
    let plan: ExpandStep
    let properties: [(key: PropertyAccess, value: Evaluator)]
    /// The plan's types resolved to ids, kept across start nodes and resolved again only when a write adds a type.
    private let types = TypeFilterCache()
    /// Whether anything reads a variable-length relationship list (a named variable, a path): when not, a
    /// walk does not build a list per path it finds.
    var listsRelationships = true

    init(plan: ExpandStep, properties: [(key: PropertyAccess, value: Evaluator)]) {
        self.plan = plan
        self.properties = properties
    }

    /// Binds the relationship and far node for every way on, calling `next` for each; stops when it returns false.
    func run(_ frame: Frame, _ used: inout [RelationshipID],
             _ next: (inout [RelationshipID]) throws(QueryError) -> Bool) throws(QueryError) -> Bool {
        guard case .node(let start) = frame.row[plan.from] else { return true }
        guard let hops = plan.hops else {
            return try forEachCandidate(from: start, frame: frame, used: used) { relationship, other throws(QueryError) -> Bool in
                guard !plan.relationshipIsBound || frame.row[plan.relationship] == .relationship(relationship),
                      try arrive(at: other, frame) else { return true }
                frame.row[plan.relationship] = .relationship(relationship)
                used.append(relationship)
                defer { used.removeLast() }
                return try next(&used)
            }
        }
        var walked: [RelationshipID] = []
        return try walk(from: start, depth: 0, hops: hops, walked: &walked, frame: frame, used: &used, next)
    }

    private func walk(from node: NodeID, depth: Int, hops: ClosedRange<Int>, walked: inout [RelationshipID],
                      frame: Frame, used: inout [RelationshipID],
                      _ next: (inout [RelationshipID]) throws(QueryError) -> Bool) throws(QueryError) -> Bool {
        try frame.context.checkCancelled(at: plan.location)
        if depth >= hops.lowerBound, try arrive(at: node, frame) {
            if listsRelationships {
                let inOrder = plan.againstPatternOrder ? walked.reversed() : walked
                frame.row[plan.relationship] = .list(inOrder.map { .relationship($0) })
            }
            guard try next(&used) else { return false }
        }
        guard depth < hops.upperBound else { return true }
        return try forEachCandidate(from: node, frame: frame, used: used) { relationship, other throws(QueryError) -> Bool in
            guard !walked.contains(relationship) else { return true }
            walked.append(relationship)
            used.append(relationship)
            defer {
                walked.removeLast()
                used.removeLast()
            }
            return try walk(from: other, depth: depth + 1, hops: hops, walked: &walked, frame: frame, used: &used, next)
        }
    }

    /// Binds (or checks) the far node; false when a bound far node differs.
    private func arrive(at node: NodeID, _ frame: Frame) throws(QueryError) -> Bool {
        if plan.toIsBound {
            guard case .node(let bound) = frame.row[plan.to] else { return false }
            return bound == node
        }
        frame.row[plan.to] = .node(node)
        return true
    }

    /// Calls `body` with each relationship to follow from the node, not yet used by the match. Without
    /// property constraints it walks the adjacency list in place; with them it first collects the passing
    /// relationships, so that their expressions see the row as it was before this step bound anything.
    private func forEachCandidate(from node: NodeID, frame: Frame, used: [RelationshipID],
                                  _ body: (RelationshipID, NodeID) throws(QueryError) -> Bool) throws(QueryError) -> Bool {
        let store = frame.context.store
        let filter = types.filter(plan.types, in: store)
        guard properties.isEmpty else {
            var passing: [(RelationshipID, NodeID)] = []
            try store.forEachRelationship(of: node, direction: plan.direction, passing: filter) { relationship, other throws(QueryError) -> Bool in
                if !used.contains(relationship),
                   try PatternMatcher.hasProperties(properties, frame: frame, { store.property($0, of: relationship) }) {
                    passing.append((relationship, other))
                }
                return true
            }
            for (relationship, other) in passing { guard try body(relationship, other) else { return false } }
            return true
        }
        return try store.forEachRelationship(of: node, direction: plan.direction, passing: filter) { relationship, other throws(QueryError) -> Bool in
            used.contains(relationship) ? true : try body(relationship, other)
        }
    }
}

/// A relationship type filter resolved once per statement, and again only when a write adds a type.
final class TypeFilterCache {
    private var resolved: TypeFilter?

    func filter(_ types: [String], in store: GraphStore) -> TypeFilter {
        if let resolved, resolved.knownTypes == store.knownRelationshipTypeCount { return resolved }
        let filter = store.typeFilter(types)
        resolved = filter
        return filter
    }
}

/// `shortestPath` and `allShortestPaths`: a breadth-first search between two bound nodes.
struct ShortestPathSearch {
    let plan: ShortestPathStep

    /// The shortest paths as relationship lists (one, or all of the shortest length); empty when none.
    func paths(_ frame: Frame) throws(QueryError) -> [[RelationshipID]] {
        guard case .node(let start) = frame.row[plan.from], case .node(let goal) = frame.row[plan.to] else { return [] }
        if start == goal { return plan.hops.lowerBound == 0 ? [[]] : [] }
        let store = frame.context.store
        var parents: [NodeID: [(NodeID, RelationshipID)]] = [start: []]
        var layer = [start]
        for depth in 1...max(1, plan.hops.upperBound) {
            try frame.context.checkCancelled(at: plan.location)
            var nextParents: [NodeID: [(NodeID, RelationshipID)]] = [:]
            for node in layer {
                for relationship in store.relationships(of: node, direction: plan.direction, types: plan.types) {
                    let source = store.source(of: relationship)
                    let other = source == node ? store.target(of: relationship) : source
                    if parents[other] == nil { nextParents[other, default: []].append((node, relationship)) }
                }
            }
            parents.merge(nextParents) { old, _ in old }
            if nextParents[goal] != nil {
                return depth >= plan.hops.lowerBound ? unwind(goal, parents: parents, all: plan.all) : []
            }
            layer = Array(nextParents.keys).sorted()
            if layer.isEmpty { break }
        }
        return []
    }

    private func unwind(_ node: NodeID, parents: [NodeID: [(NodeID, RelationshipID)]], all: Bool) -> [[RelationshipID]] {
        guard let incoming = parents[node], !incoming.isEmpty else { return [[]] }
        var result: [[RelationshipID]] = []
        for (parent, relationship) in incoming {
            for prefix in unwind(parent, parents: parents, all: all) {
                result.append(prefix + [relationship])
                if !all { return result }
            }
        }
        return result
    }
}
