import QueryAST
import GraphModel
import GraphStore
import QueryPlanner

/// A match step with its expressions compiled.
enum CompiledMatchStep {
    case scan(slot: Int, label: String?)
    case seek(slot: Int, label: String?, key: String, values: [Evaluator])
    case nodeFilter(slot: Int, labels: LabelFilterCache, properties: [(key: PropertyAccess, value: Evaluator)])
    case expand(Expansion)
    case filteredExpand(FilteredExpansion)
    case filteredScan(FilteredScan)
    /// A fused scan followed by a fused hop from its node, run a batch of candidates at a time.
    case scanThenExpand(FilteredScan, FilteredExpansion)
    case shortestPath(ShortestPathSearch)
    case filter(Evaluator)
    case bindPath(slot: Int, start: Int, segments: [PathSegment])

    init(_ step: MatchStep, compiler: ExpressionCompiler) throws(QueryError) {
        func compiled(_ entries: [(key: String, value: QueryAST.Expression)]) throws(QueryError) -> [(key: PropertyAccess, value: Evaluator)] {
            try entries.map { entry throws(QueryError) in (PropertyAccess(entry.key), try compiler.compile(entry.value)) }
        }
        switch step {
        case .scan(let slot, let label): self = .scan(slot: slot, label: label)
        case .seek(let slot, let label, let key, let values):
            self = .seek(slot: slot, label: label, key: key, values: try values.map { value throws(QueryError) in try compiler.compile(value) })
        case .nodeFilter(let slot, let labels, let properties):
            self = .nodeFilter(slot: slot, labels: LabelFilterCache(labels), properties: try compiled(properties))
        case .expand(let plan):
            self = .expand(Expansion(plan: plan, properties: try compiled(plan.properties)))
        case .shortestPath(let plan): self = .shortestPath(ShortestPathSearch(plan: plan))
        case .filter(let predicate): self = .filter(try compiler.compile(predicate))
        case .bindPath(let slot, let start, let segments): self = .bindPath(slot: slot, start: start, segments: segments)
        }
    }

    /// The nodes a scan or a seek binds in turn; `nil` for any other step.
    func candidates(_ frame: Frame) throws(QueryError) -> (slot: Int, nodes: [NodeID])? {
        let store = frame.context.store
        switch self {
        case .scan(let slot, let label): return (slot, label.map { store.nodes(labeled: $0) } ?? Array(store.nodes))
        case .seek(let slot, let label, let key, let values):
            if values.count == 1 { return (slot, store.nodes(labeled: label, where: key, equals: try values[0](frame))) }
            // None or several values (`IN []`, `IN [a, b]`): each node once, in the order a scan would give them.
            var nodes: Set<NodeID> = []
            for value in values { nodes.formUnion(store.nodes(labeled: label, where: key, equals: try value(frame))) }
            return (slot, nodes.sorted())
        default: return nil
        }
    }

    /// Compiles a plan's steps, folding a scan, a seek or a one-hop expansion and the label and property
    /// tests on the node it binds that follow it into one `FilteredScan` or `FilteredExpansion`.
    static func compile(_ steps: [MatchStep], compiler: ExpressionCompiler) throws(QueryError) -> [CompiledMatchStep] {
        var compiled: [CompiledMatchStep] = [], index = 0
        while index < steps.count {
            let step = try CompiledMatchStep(steps[index], compiler: compiler)
            index += 1
            switch steps[index - 1] {
            case .expand(let plan) where FilteredExpansion.canStart(plan):
                if let (tests, taken) = try NodeTests.leading(steps[index...], slot: plan.to, compiler: compiler) {
                    compiled.append(.filteredExpand(FilteredExpansion(plan: plan, tests: tests)))
                    index += taken
                    continue
                }
            case .scan(let slot, _), .seek(let slot, _, _, _):
                if let (tests, taken) = try NodeTests.leading(steps[index...], slot: slot, compiler: compiler),
                   let scan = FilteredScan(step, tests: tests) {
                    compiled.append(.filteredScan(scan))
                    index += taken
                    continue
                }
            default:
                break
            }
            compiled.append(step)
        }
        linkSuffixReaches(compiled)
        compiled = joiningScansToHops(compiled)
        let read = Set(compiler.scope.slots.values).union(steps.flatMap { step -> [Int] in
            guard case .bindPath(_, _, let segments) = step else { return [] }
            return segments.map(\.relationship)
        })
        for case .expand(let expansion) in compiled { expansion.listsRelationships = read.contains(expansion.plan.relationship) }
        return compiled
    }

    /// Joins each fused scan to the fused hop from its node that follows it, where the hop can be taken for a
    /// batch of candidates at once.
    private static func joiningScansToHops(_ steps: [CompiledMatchStep]) -> [CompiledMatchStep] {
        var joined: [CompiledMatchStep] = []
        for step in steps {
            if case .filteredExpand(let hop) = step, case .filteredScan(let scan)? = joined.last, scan.canHand(to: hop) {
                joined[joined.count - 1] = .scanThenExpand(scan, hop)
            } else {
                joined.append(step)
            }
        }
        return joined
    }

    /// Gives each fused expansion that is followed by a chain of fused expansions ending at a node pinned by a
    /// constant the `SuffixReach` of that chain.
    private static func linkSuffixReaches(_ steps: [CompiledMatchStep]) {
        for (index, step) in steps.enumerated() {
            guard case .filteredExpand(let junction) = step else { continue }
            var hops: [(plan: ExpandStep, tests: NodeTests)] = [], slot = junction.plan.to, pinned = 0
            for next in steps[(index + 1)...] {
                guard case .filteredExpand(let hop) = next, hop.plan.from == slot else { break }
                hops.append((hop.plan, hop.tests))
                slot = hop.plan.to
                if hop.tests.seek != nil { pinned = hops.count }
            }
            junction.reach = SuffixReach(Array(hops.prefix(pinned)))
        }
    }
}
