import GraphModel
import GraphStore
import QueryAST
import QueryPlanner

/// Runs the steps of a match plan depth-first over a frame: each step binds or checks slots and hands on to
/// the next, and every complete binding is reported. Relationships are unique within one match, as
/// openCypher requires.
struct PatternMatcher {
    private let steps: [CompiledMatchStep]
    private let location: SourceLocation

    init(_ plan: MatchPlan, compiler: ExpressionCompiler, location: SourceLocation) throws(QueryError) {
        var inner = compiler
        inner.scope = plan.scope
        inner.aggregates = nil
        steps = try CompiledMatchStep.compile(plan.steps, compiler: inner)
        self.location = location
    }

    /// Calls `body` for every match; `body` returns false to stop early. Returns false when stopped.
    @discardableResult
    func forEachMatch(_ frame: Frame, _ body: () throws(QueryError) -> Bool) throws(QueryError) -> Bool {
        var used: [RelationshipID] = []
        return try run(0, frame, &used, body)
    }

    private func run(_ index: Int, _ frame: Frame, _ used: inout [RelationshipID],
                     _ body: () throws(QueryError) -> Bool) throws(QueryError) -> Bool {
        guard index < steps.count else {
            // Every complete match counts, not only every step entered: the last step's loop may hand on
            // thousands of matches per entry, which would leave Ctrl-C unseen for seconds.
            try frame.context.checkCancelled(at: location)
            return try body()
        }
        try frame.context.checkCancelled(at: location)
        let store = frame.context.store
        switch steps[index] {
        case .scan, .seek:
            guard let (slot, nodes) = try steps[index].candidates(frame) else { return true }
            for node in nodes {
                frame.row[slot] = .node(node)
                guard try run(index + 1, frame, &used, body) else { return false }
            }
            return true
        case .nodeFilter(let slot, let labels, let properties):
            guard case .node(let node) = frame.row[slot],
                  store.passes(node, labels.filter(in: store)),
                  try Self.hasProperties(properties, frame: frame, { store.property($0, of: node) }) else { return true }
            return try run(index + 1, frame, &used, body)
        case .filter(let predicate):
            guard try predicate(frame) == .bool(true) else { return true }
            return try run(index + 1, frame, &used, body)
        case .expand(let expand):
            return try expand.run(frame, &used) { (used: inout [RelationshipID]) throws(QueryError) -> Bool in
                try run(index + 1, frame, &used, body)
            }
        case .filteredScan(let scan):
            return try scan.run(frame, location: location) { () throws(QueryError) -> Bool in try run(index + 1, frame, &used, body) }
        case .scanThenExpand(let scan, let expand):
            return try scan.run(frame, location: location, expandingWith: expand, &used) { (used: inout [RelationshipID]) throws(QueryError) -> Bool in
                try run(index + 1, frame, &used, body)
            }
        case .filteredExpand(let expand):
            return try expand.run(frame, &used) { (used: inout [RelationshipID]) throws(QueryError) -> Bool in
                try run(index + 1, frame, &used, body)
            }
        case .shortestPath(let step):
            for path in try step.paths(frame) {
                frame.row[step.plan.relationship] = .list(path.map { .relationship($0) })
                guard try run(index + 1, frame, &used, body) else { return false }
            }
            return true
        case .bindPath(let slot, let start, let segments):
            frame.row[slot] = Self.path(frame, start: start, segments: segments)
            return try run(index + 1, frame, &used, body)
        }
    }

    /// Whether the element's properties equal the pattern's `{key: value}` entries; keys are resolved once per
    /// statement, not hashed per candidate.
    static func hasProperties(_ properties: [(key: PropertyAccess, value: Evaluator)], frame: Frame,
                              _ read: (PropertyKey) -> Value) throws(QueryError) -> Bool {
        let store = frame.context.store
        for (key, value) in properties
        where ValueComparison.equals(key.handle(in: store).map(read) ?? .null, try value(frame)) != true { return false }
        return true
    }

    private static func path(_ frame: Frame, start: Int, segments: [PathSegment]) -> Value {
        guard case .node(var current) = frame.row[start] else { return .null }
        let store = frame.context.store
        var nodes = [current], relationships: [RelationshipID] = []
        for segment in segments {
            var walked: [RelationshipID] = []
            switch frame.row[segment.relationship] {
            case .relationship(let relationship): walked = [relationship]
            case .list(let items): walked = items.compactMap { if case .relationship(let r) = $0 { r } else { nil } }
            default: return .null
            }
            for relationship in walked {
                current = store.source(of: relationship) == current ? store.target(of: relationship) : store.source(of: relationship)
                nodes.append(current)
                relationships.append(relationship)
            }
        }
        return .path(GraphPath(nodes: nodes, relationships: relationships))
    }
}
