import GraphModel
import GraphStore
import QueryPlanner

/// Following relationships from a bound node: one hop, or a bounded depth-first walk for variable length.
struct Expansion {
    let plan: ExpandStep
    let properties: [(key: String, value: Evaluator)]

    /// Binds the relationship and far node for every way on, calling `next` for each; stops when it returns false.
    func run(_ frame: Frame, _ used: inout [RelationshipID],
             _ next: (inout [RelationshipID]) throws(QueryError) -> Bool) throws(QueryError) -> Bool {
        guard case .node(let start) = frame.row[plan.from] else { return true }
        guard let hops = plan.hops else {
            for relationship in try candidates(from: start, frame: frame, used: used) where !plan.relationshipIsBound
                || frame.row[plan.relationship] == .relationship(relationship) {
                guard try arrive(at: far(relationship, from: start, frame.context.store), frame) else { continue }
                frame.row[plan.relationship] = .relationship(relationship)
                used.append(relationship)
                defer { used.removeLast() }
                guard try next(&used) else { return false }
            }
            return true
        }
        var walked: [RelationshipID] = []
        return try walk(from: start, depth: 0, hops: hops, walked: &walked, frame: frame, used: &used, next)
    }

    private func walk(from node: NodeID, depth: Int, hops: ClosedRange<Int>, walked: inout [RelationshipID],
                      frame: Frame, used: inout [RelationshipID],
                      _ next: (inout [RelationshipID]) throws(QueryError) -> Bool) throws(QueryError) -> Bool {
        try frame.context.checkCancelled(at: plan.location)
        if depth >= hops.lowerBound, try arrive(at: node, frame) {
            let inOrder = plan.againstPatternOrder ? walked.reversed() : walked
            frame.row[plan.relationship] = .list(inOrder.map { .relationship($0) })
            guard try next(&used) else { return false }
        }
        guard depth < hops.upperBound else { return true }
        for relationship in try candidates(from: node, frame: frame, used: used) where !walked.contains(relationship) {
            walked.append(relationship)
            used.append(relationship)
            defer {
                walked.removeLast()
                used.removeLast()
            }
            let other = far(relationship, from: node, frame.context.store)
            guard try walk(from: other, depth: depth + 1, hops: hops, walked: &walked, frame: frame, used: &used, next) else {
                return false
            }
        }
        return true
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

    private func candidates(from node: NodeID, frame: Frame, used: [RelationshipID]) throws(QueryError) -> [RelationshipID] {
        let store = frame.context.store
        var result: [RelationshipID] = []
        for relationship in store.relationships(of: node, direction: plan.direction, types: plan.types)
        where !used.contains(relationship) {
            if try PatternMatcher.hasProperties(properties, frame: frame, { store.property($0, of: relationship) }) {
                result.append(relationship)
            }
        }
        return result
    }

    private func far(_ relationship: RelationshipID, from node: NodeID, _ store: GraphStore) -> NodeID {
        let source = store.source(of: relationship)
        return source == node ? store.target(of: relationship) : source
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
