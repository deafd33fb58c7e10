import QueryAST
import GraphModel
import GraphStore
import QueryPlanner

/// A match step with its expressions compiled.
enum CompiledMatchStep {
    case scan(slot: Int, label: String?)
    case seek(slot: Int, label: String?, key: String, value: Evaluator)
    case nodeFilter(slot: Int, labels: LabelFilterCache, properties: [(key: PropertyAccess, value: Evaluator)])
    case expand(Expansion)
    case shortestPath(ShortestPathSearch)
    case filter(Evaluator)
    case bindPath(slot: Int, start: Int, segments: [PathSegment])

    init(_ step: MatchStep, compiler: ExpressionCompiler) throws(QueryError) {
        func compiled(_ entries: [(key: String, value: QueryAST.Expression)]) throws(QueryError) -> [(key: PropertyAccess, value: Evaluator)] {
            try entries.map { entry throws(QueryError) in (PropertyAccess(entry.key), try compiler.compile(entry.value)) }
        }
        switch step {
        case .scan(let slot, let label): self = .scan(slot: slot, label: label)
        case .seek(let slot, let label, let key, let value):
            self = .seek(slot: slot, label: label, key: key, value: try compiler.compile(value))
        case .nodeFilter(let slot, let labels, let properties):
            self = .nodeFilter(slot: slot, labels: LabelFilterCache(labels), properties: try compiled(properties))
        case .expand(let plan):
            self = .expand(Expansion(plan: plan, properties: try compiled(plan.properties)))
        case .shortestPath(let plan): self = .shortestPath(ShortestPathSearch(plan: plan))
        case .filter(let predicate): self = .filter(try compiler.compile(predicate))
        case .bindPath(let slot, let start, let segments): self = .bindPath(slot: slot, start: start, segments: segments)
        }
    }
}
