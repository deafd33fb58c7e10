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
    let tests: [PropertyTest]

    /// The tests on `slot` that open `steps` (at most one label test without properties, then property tests
    /// `PropertyTest` can take), and how many steps they take; `nil` when none.
    static func leading(_ steps: ArraySlice<MatchStep>, slot: Int, compiler: ExpressionCompiler) throws(QueryError) -> (NodeTests, Int)? {
        var labels: [[String]]?, tests: [PropertyTest] = [], taken = 0
        fusing: for step in steps {
            switch step {
            case .nodeFilter(slot, let groups, let properties) where properties.isEmpty && labels == nil:
                labels = groups
            case .filter(let predicate):
                guard let key = PropertyTest.readKey(of: predicate, readingSlot: slot, in: compiler.scope) else { break fusing }
                tests.append(PropertyTest(key: PropertyAccess(key), predicate: try compiler.compile(predicate)))
            default:
                break fusing
            }
            taken += 1
        }
        guard taken > 0 else { return nil }
        return (NodeTests(slot: slot, labels: labels.map(LabelFilterCache.init), tests: tests), taken)
    }

    /// The positions in `nodes`, among `range`, of the nodes that pass every test, in order.
    func passing(_ nodes: [NodeID], in range: Range<Int>, frame: Frame) throws(QueryError) -> [Int32] {
        let store = frame.context.store
        var positions = Array(Int32(range.lowerBound)..<Int32(range.upperBound))
        if let labels {
            let filter = labels.filter(in: store)
            positions = positions.filter { store.passes(nodes[Int($0)], filter) }
        }
        for test in tests where !positions.isEmpty {
            positions = try test.passing(positions, of: nodes, slot: slot, frame: frame)
        }
        return positions
    }
}
