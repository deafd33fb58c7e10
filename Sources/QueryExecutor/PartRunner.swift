import GraphModel
import GraphStore
import QueryAST
import QueryPlanner

/// Builds the stages of one query part from its plan and pushes one empty row through them.
struct PartRunner {
    let part: PartPlan
    let context: ExecutionContext
    /// Hold rows before each writing stage (statements that write).
    let eager: Bool

    func run() throws(QueryError) -> [[Value]] {
        let collector = ResultCollector(slots: part.resultSlots)
        var next: RowSink = collector
        var index = part.operators.count - 1
        while index >= 0 {
            if index > 0, !eager, case .projection(let plan) = part.operators[index],
               case .match(let match) = part.operators[index - 1],
               let columnar = ColumnarAggregation(match: match, projection: plan, store: context.store) {
                next = try projection(plan, next: next, columnar: columnar)
                index -= 2
            } else {
                next = try stage(part.operators[index], next: next)
                index -= 1
            }
        }
        let frame = Frame(slotCount: context.slotCount, context: context)
        _ = try next.push(frame)
        try next.finish(frame)
        return collector.rows
    }

    private func compiler(_ scope: Scope, aggregates: AggregateCollector? = nil) -> ExpressionCompiler {
        ExpressionCompiler(context: context, scope: scope, aggregates: aggregates)
    }

    private func stage(_ op: PlanOperator, next downstream: RowSink) throws(QueryError) -> RowSink {
        // A write finishes for every row before the clauses after it run, so a LIMIT after it cannot cut it short.
        var next = downstream
        switch op {
        case .create, .merge, .set, .remove, .delete: if eager { next = EagerStage(next: downstream) }
        default: break
        }
        switch op {
        case .match(let plan):
            let location = SourceLocation(line: 1, column: 1)
            return MatchStage(matcher: try PatternMatcher(plan, compiler: compiler(plan.scope), location: location),
                              optional: plan.optional, boundSlots: plan.boundSlots, next: next)
        case .unwind(let list, let slot, let scope):
            return UnwindStage(list: try compiler(scope).compile(list), slot: slot, next: next)
        case .projection(let plan):
            return try projection(plan, next: next)
        case .create(let plan):
            return held(CreateStage(creator: try PatternCreator(plan, compiler: compiler(plan.scope)), next: next))
        case .merge(let plan):
            let scoped = compiler(plan.match.scope)
            return held(MergeStage(matcher: try PatternMatcher(plan.match, compiler: scoped, location: SourceLocation(line: 1, column: 1)),
                                   creator: try PatternCreator(plan.create, compiler: scoped),
                                   onCreate: try PropertyWriter(set: plan.onCreate, compiler: scoped),
                                   onMatch: try PropertyWriter(set: plan.onMatch, compiler: scoped), next: next))
        case .set(let items, let scope):
            return held(SetStage(writer: try PropertyWriter(set: items, compiler: compiler(scope)), next: next))
        case .remove(let items, let scope):
            return held(SetStage(writer: try PropertyWriter(remove: items, compiler: compiler(scope)), next: next))
        case .delete(let clause, let scope):
            let targets = try clause.targets.map { target throws(QueryError) in (try compiler(scope).compile(target), target.location) }
            return held(DeleteStage(targets: targets, detach: clause.detach, next: next))
        }
    }

    private func held(_ stage: RowSink) -> RowSink { eager ? EagerStage(next: stage) : stage }

    /// The stages of a projection; with `columnar`, its aggregation also runs the match before it.
    private func projection(_ plan: ProjectionPlan, next: RowSink, columnar: ColumnarAggregation? = nil) throws(QueryError) -> RowSink {
        var stage = next
        if let predicate = plan.predicate { stage = FilterStage(predicate: try compiler(plan.visibleScope).compile(predicate), next: stage) }
        // A sort before the slice needs to keep only the rows the slice can pass on.
        var keep = Int.max
        if plan.skip != nil || plan.limit != nil {
            let (skip, limit) = (try count(plan.skip, default: 0), try count(plan.limit, default: .max))
            stage = SliceStage(skip: skip, limit: limit, next: stage)
            let (sum, overflow) = skip.addingReportingOverflow(limit)
            keep = overflow ? .max : sum
        }
        if !plan.orderBy.isEmpty {
            let scope = plan.visibleScope
            let byText = Dictionary(plan.items.map { ($0.expression.text, $0.slot) }, uniquingKeysWith: { first, _ in first })
            let keys = try plan.orderBy.map { item throws(QueryError) -> (value: Evaluator, ascending: Bool) in
                if let slot = byText[item.expression.text] { return ({ frame in frame.row[slot] }, item.ascending) }
                return (try compiler(scope).compile(item.expression), item.ascending)
            }
            stage = SortStage(keys: keys, keep: keep, next: stage)
        }
        if plan.distinct { stage = DistinctStage(slots: plan.items.map(\.slot), next: stage) }
        guard plan.aggregates else {
            let items = try plan.items.map { item throws(QueryError) in (item.slot, try compiler(plan.inputScope).compile(item.expression)) }
            return ComputeStage(items: items, next: stage)
        }
        let collector = AggregateCollector()
        var keys: [(slot: Int, value: Evaluator)] = [], outputs: [(slot: Int, value: Evaluator)] = []
        for item in plan.items {
            if ExpressionAnalysis.containsAggregate(item.expression) {
                outputs.append((item.slot, try compiler(plan.inputScope, aggregates: collector).compile(item.expression)))
            } else {
                keys.append((item.slot, try compiler(plan.inputScope).compile(item.expression)))
            }
        }
        if let columnar { return ColumnarAggregateStage(columnar, outputs: outputs, next: stage) }
        return AggregateStage(keys: keys, outputs: outputs, calls: collector.calls, next: stage)
    }

    /// SKIP and LIMIT: a non-negative integer, from a literal or a parameter.
    private func count(_ expression: Expression?, default value: Int) throws(QueryError) -> Int {
        guard let expression else { return value }
        let frame = Frame(slotCount: 0, context: context)
        guard case .int(let number) = try compiler(Scope()).compile(expression)(frame), number >= 0 else {
            throw QueryError("SKIP and LIMIT need a non-negative integer", at: expression.location)
        }
        return Int(clamping: number)
    }
}
