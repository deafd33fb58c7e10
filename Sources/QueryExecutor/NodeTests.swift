import GraphModel
import GraphStore
import QueryPlanner

/// The label test and property tests that follow a step binding a node, run over a list of candidate nodes
/// as passes rather than one candidate at a time: each pass is a tight loop whose memory reads do not wait on
/// one another, which is what testing thousands of nodes scattered over million-element columns needs.
struct NodeTests {
    /// How many candidates one round of passes takes: large enough for the passes to pay, small enough that a
    /// `LIMIT` still stops early.
    static let batchSize = 4096

    let slot: Int
    let labels: LabelFilterCache?
    /// The label groups `labels` tests, as the pattern wrote them.
    let labelGroups: [[String]]?
    let tests: [PropertyTest]
    /// How to find the nodes that can pass from an index, when a pattern gives a property a constant value
    /// (`(g:PartnerGroup {name: 'Group 3'})`): what `SuffixReach` starts from.
    let seek: (label: String?, key: String, value: Evaluator)?

    /// The tests on `slot` that open `steps` (at most one label test, whose properties must be literals or
    /// parameters, and property tests `PropertyTest` can take), and how many steps they take; `nil` when none.
    static func leading(_ steps: ArraySlice<MatchStep>, slot: Int, compiler: ExpressionCompiler) throws(QueryError) -> (NodeTests, Int)? {
        var labels: [[String]]?, tests: [PropertyTest] = [], taken = 0
        var seek: (label: String?, key: String, value: Evaluator)?
        fusing: for step in steps {
            switch step {
            case .nodeFilter(slot, let groups, let properties) where labels == nil && properties.allSatisfy({ PropertyTest.isConstant($0.value) }):
                labels = groups
                for (key, value) in properties {
                    let value = try compiler.compile(value)
                    tests.append(PropertyTest(key: PropertyAccess(key), equals: value, slot: slot))
                    seek = seek ?? (groups.first.flatMap { $0.count == 1 ? $0[0] : nil }, key, value)
                }
            case .filter(let predicate):
                guard let key = PropertyTest.readKey(of: predicate, readingSlot: slot, in: compiler.scope) else { break fusing }
                tests.append(PropertyTest(key: PropertyAccess(key), predicate: try compiler.compile(predicate)))
            default:
                break fusing
            }
            taken += 1
        }
        guard taken > 0 else { return nil }
        return (NodeTests(slot: slot, labels: labels.map(LabelFilterCache.init), labelGroups: labels, tests: tests, seek: seek), taken)
    }

    /// Whether every node reached along these relationships passes the label test, so it need not be run.
    func labelsGuaranteed(along types: TypeFilter, _ direction: Adjacency, in store: GraphStore) -> Bool {
        guard let labels else { return true }
        return store.reachedNodesPass(labels.filter(in: store), along: types, direction)
    }

    /// Whether one node passes every test (binding it into `slot` when a test must be worked out); the label
    /// test is skipped when the caller knows it passes.
    func passes(_ node: NodeID, frame: Frame, labelsGuaranteed: Bool = false) throws(QueryError) -> Bool {
        let store = frame.context.store
        if let labels, !labelsGuaranteed, !store.passes(node, labels.filter(in: store)) { return false }
        for test in tests where !(try test.passes(node, slot: slot, frame: frame)) { return false }
        return true
    }

    /// The positions in `nodes`, among `range`, of the nodes that pass every test, in order.
    func passing(_ nodes: [NodeID], in range: Range<Int>, frame: Frame, labelsGuaranteed: Bool = false) throws(QueryError) -> [Int32] {
        let store = frame.context.store
        var positions = Array(Int32(range.lowerBound)..<Int32(range.upperBound))
        if let labels, !labelsGuaranteed {
            let filter = labels.filter(in: store)
            positions = positions.filter { store.passes(nodes[Int($0)], filter) }
        }
        for test in tests where !positions.isEmpty {
            positions = try test.passing(positions, of: nodes, slot: slot, frame: frame)
        }
        return positions
    }
}
