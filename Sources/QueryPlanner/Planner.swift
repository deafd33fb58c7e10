import GraphModel
import GraphStore
import QueryAST

/// Turns a checked syntax tree into a plan: resolves variables to slots, checks what openCypher requires of
/// scopes and projections, and plans every MATCH with the store's statistics.
public struct Planner {
    private let store: GraphStore
    private var scope = Scope()
    private var allocator = SlotAllocator()
    private var warnings: [String] = []
    private var isUpdating = false
    /// Variables bound to nodes and relationships by patterns: their property reads are checked against the graph.
    private(set) var elementVariables: Set<String> = []

    /// Plans a statement against a store (whose counts and indexes choose where matching starts).
    public static func plan(_ statement: Statement, store: GraphStore) throws(PlanError) -> QueryPlan {
        if Set(statement.unionAll).count > 1 {
            throw PlanError("UNION and UNION ALL cannot be mixed in one query; use one of them throughout", at: statement.location)
        }
        var parts: [PartPlan] = []
        var columns: [String]? = nil
        var warnings: [String] = []
        var updating = false
        for part in statement.parts {
            var planner = Planner(store: store)
            let plan = try planner.plan(part)
            let partColumns = plan.columns
            if let columns, columns != partColumns {
                throw PlanError("all parts of a UNION must return the same columns: \(columns) and \(partColumns)", at: statement.location)
            }
            columns = partColumns
            parts.append(plan.part)
            warnings += planner.warnings
            updating = updating || planner.isUpdating
        }
        var unique: [String] = []
        for warning in warnings where !unique.contains(warning) { unique.append(warning) }
        return QueryPlan(parts: parts, unionAll: statement.unionAll, columns: columns ?? [], warnings: unique,
                         isUpdating: updating)
    }

    /// Plans the expressions of a pattern used as a predicate (`EXISTS { ... }`, `WHERE (a)-->(b)`), in an
    /// outer scope whose slots are bound; new variables get slots after `slotCount`.
    public static func planSubpattern(_ patterns: [PatternPart], predicate: Expression?, scope: Scope, slotCount: Int,
                                      store: GraphStore) throws(PlanError) -> (plan: MatchPlan, slotCount: Int) {
        var allocator = SlotAllocator()
        for _ in 0..<slotCount { _ = allocator.next() }
        var planner = PatternPlanner(store: store, scope: scope, allocator: allocator)
        let plan = try planner.plan(patterns, predicate: predicate, optional: false)
        return (plan, planner.allocator.count)
    }

    private init(store: GraphStore) { self.store = store }

    private mutating func plan(_ query: SingleQuery) throws(PlanError) -> (part: PartPlan, columns: [String]) {
        var operators: [PlanOperator] = []
        var result: (slots: [Int], columns: [String]) = ([], [])
        for (index, clause) in query.clauses.enumerated() {
            let isLast = index == query.clauses.count - 1
            switch clause {
            case .match(let match):
                operators.append(.match(try planMatch(match)))
            case .unwind(let unwind):
                try check(unwind.list)
                let slot = allocator.next()
                operators.append(.unwind(list: unwind.list, slot: slot, scope: scope))
                scope.bind(unwind.variable, to: slot)
            case .with(let projection):
                operators.append(.projection(try planProjection(projection, isReturn: false)))
            case .return(let projection):
                guard isLast else { throw PlanError("RETURN must be the last clause", at: projection.location) }
                let plan = try planProjection(projection, isReturn: true)
                operators.append(.projection(plan))
                result = (plan.items.map(\.slot), plan.items.map(\.name))
            default:
                isUpdating = true
                operators.append(try planUpdate(clause))
            }
        }
        return (PartPlan(operators: operators, slotCount: allocator.count, resultSlots: result.slots), result.columns)
    }

    private mutating func planMatch(_ match: MatchClause) throws(PlanError) -> MatchPlan {
        try warnAboutUnknownNames(in: match.patterns)
        for part in match.patterns {
            let element = part.element
            elementVariables.formUnion(([element.start] + element.steps.map(\.node)).compactMap(\.variable))
            elementVariables.formUnion(element.steps.compactMap(\.relationship.variable))
        }
        if let predicate = match.predicate {
            try checkNoAggregate(predicate, clause: "WHERE")
            warnAboutUnknownKeys(in: predicate)
            try checkCondition(predicate, in: scopeWithPatternVariables(match.patterns))
        }
        try checkPatternVariables(match.patterns)
        var planner = PatternPlanner(store: store, scope: scope, allocator: allocator)
        let plan = try planner.plan(match.patterns, predicate: match.predicate, optional: match.optional)
        scope = planner.scope
        allocator = planner.allocator
        warnings += planner.warnings
        return plan
    }

    /// Checks that every variable an expression reads is defined, and warns about property keys the graph
    /// does not have.
    mutating func check(_ expression: Expression, in visible: Scope? = nil) throws(PlanError) {
        let visible = visible ?? scope
        for variable in ExpressionAnalysis.variables(in: expression) where !variable.inPattern && visible.slot(of: variable.name) == nil {
            throw Self.undefined(variable.name, at: variable.location, scope: visible)
        }
        try StaticTypeCheck(scope: visible).check(expression)
        warnAboutUnknownKeys(in: expression)
    }

    /// A WHERE condition: well typed, and a boolean (or what may be one when the query runs).
    func checkCondition(_ predicate: Expression, in visible: Scope) throws(PlanError) {
        let type = try StaticTypeCheck(scope: visible).type(of: predicate)
        guard type.fits([.boolean]) else {
            throw PlanError("WHERE needs a boolean condition, not \(type.article)", at: predicate.location)
        }
    }

    func checkNoAggregate(_ expression: Expression, clause: String) throws(PlanError) {
        if ExpressionAnalysis.containsAggregate(expression) {
            throw PlanError("aggregate functions are not allowed in \(clause); aggregate in a WITH first", at: expression.location)
        }
    }

    /// `variable 'x' is not defined; did you mean 'y'?`.
    static func undefined(_ name: String, at location: SourceLocation, scope: Scope) -> PlanError {
        PlanError("variable '\(name)' is not defined\(Suggestion.hint(for: name, among: scope.names))", at: location)
    }

    var currentScope: Scope { scope }
    var slotAllocator: SlotAllocator {
        get { allocator }
        set { allocator = newValue }
    }
    mutating func replaceScope(_ newScope: Scope) { scope = newScope }
    mutating func warn(_ text: String) { if !warnings.contains(text) { warnings.append(text) } }
    var graph: GraphStore { store }
}
