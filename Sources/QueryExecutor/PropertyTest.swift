import GraphModel
import GraphStore
import QueryAST
import QueryPlanner

/// A filter that reads one property of one node and compares it with a literal or a parameter
/// (`m.period STARTS WITH '2024'`, `m.metric = $metric`): its outcome is a function of that property's value
/// alone. On a pooled text column it is therefore worked out once per distinct text, by evaluating the
/// compiled predicate itself on the first node that has it, and then looked up by pool code for every other
/// node — a byte per text instead of a closure call and a `Value` per node.
final class PropertyTest {
    let key: PropertyAccess
    private let predicate: Evaluator
    /// Per pool code: 0 not worked out yet, 1 passes, 2 fails. Valid for one run of the statement, which
    /// compiles it afresh: codes never change meaning, and parameters are fixed for the run.
    private var outcomes: [UInt8] = []
    /// Up to this many candidates (the one node a point lookup finds) are tested directly: a table of outcomes
    /// as large as the string pool would cost more than it saves.
    private static let fewCandidates = 16

    init(key: PropertyAccess, predicate: @escaping Evaluator) {
        self.key = key
        self.predicate = predicate
    }

    /// `{key: value}` in a node pattern, as a test: true when the property equals the value, as
    /// `PatternMatcher.hasProperties` has it.
    convenience init(key: PropertyAccess, equals value: @escaping Evaluator, slot: Int) {
        self.init(key: key) { frame throws(QueryError) in
            guard case .node(let node) = frame.row[slot] else { return .bool(false) }
            let store = frame.context.store
            return .bool(try PatternMatcher.hasProperties([(key, value)], frame: frame) { store.property($0, of: node) })
        }
    }

    /// Whether an expression is the same for every row of a run: a literal or a parameter.
    static func isConstant(_ expression: QueryAST.Expression) -> Bool {
        switch expression.kind {
        case .literal, .parameter: return true
        default: return false
        }
    }

    /// The key a predicate reads when it has the shape `node.key OP value` (either way round) for the node in
    /// `slot`, with a comparison or string operator and a literal or parameter as `value`.
    static func readKey(of predicate: QueryAST.Expression, readingSlot slot: Int, in scope: Scope) -> String? {
        guard case .binary(let op, let left, let right) = predicate.kind,
              [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .startsWith, .endsWith, .contains].contains(op)
        else { return nil }
        for (property, value) in [(left, right), (right, left)] {
            guard case .property(let subject, let key) = property.kind, case .variable(let name) = subject.kind,
                  scope.slot(of: name) == slot else { continue }
            if isConstant(value) { return key }
        }
        return nil
    }

    /// The positions in `nodes` of those that pass, among `positions`, binding each node tested into `slot`.
    func passing(_ positions: [Int32], of nodes: [NodeID], slot: Int, frame: Frame) throws(QueryError) -> [Int32] {
        var kept: [Int32] = []
        guard positions.count > Self.fewCandidates || !outcomes.isEmpty, let column = pooledColumn(frame.context.store) else {
            for position in positions where try evaluate(nodes[Int(position)], slot: slot, frame: frame) { kept.append(position) }
            return kept
        }
        growOutcomes(for: frame.context.store)
        for position in positions {
            let node = nodes[Int(position)], code = Int(column.code(of: node))
            if outcomes[code] == 0 { outcomes[code] = try evaluate(node, slot: slot, frame: frame) ? 1 : 2 }
            if outcomes[code] == 1 { kept.append(position) }
        }
        return kept
    }

    /// Whether one node passes, looked up by its pool code when the column is pooled.
    func passes(_ node: NodeID, slot: Int, frame: Frame) throws(QueryError) -> Bool {
        guard let column = pooledColumn(frame.context.store) else { return try evaluate(node, slot: slot, frame: frame) }
        growOutcomes(for: frame.context.store)
        let code = Int(column.code(of: node))
        if outcomes[code] == 0 { outcomes[code] = try evaluate(node, slot: slot, frame: frame) ? 1 : 2 }
        return outcomes[code] == 1
    }

    /// The property's column as pool codes; `nil` when it holds other values. A key no node has reads as null
    /// everywhere: one code, 0.
    private func pooledColumn(_ store: GraphStore) -> ColumnView? {
        guard let handle = key.handle(in: store) else { return .empty }
        return store.pooledTextColumn(handle)
    }

    /// Room for an outcome per pool code (the pool grows when a write adds a text).
    private func growOutcomes(for store: GraphStore) {
        if outcomes.count < store.pooledTextCount + 1 { outcomes += repeatElement(0, count: store.pooledTextCount + 1 - outcomes.count) }
    }

    private func evaluate(_ node: NodeID, slot: Int, frame: Frame) throws(QueryError) -> Bool {
        frame.row[slot] = .node(node)
        return try predicate(frame) == .bool(true)
    }
}
