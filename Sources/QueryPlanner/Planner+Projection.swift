import GraphModel
import QueryAST

/// `WITH` and `RETURN`: items, aliases, aggregation, ordering.
extension Planner {
    mutating func planProjection(_ clause: ProjectionClause, isReturn: Bool) throws(PlanError) -> ProjectionPlan {
        var items: [(name: String, expression: Expression)] = []
        if clause.includesAll {
            guard !currentScope.names.isEmpty || !isReturn else {
                throw PlanError("\(isReturn ? "RETURN" : "WITH") * has no variables to return", at: clause.location)
            }
            for name in currentScope.names.sorted() where !name.hasPrefix(" ") {
                items.append((name, Expression(.variable(name), location: clause.location, text: name)))
            }
        }
        for item in clause.items {
            try check(item.expression)
            if !isReturn, item.alias == nil, !Self.isVariable(item.expression) {
                throw PlanError("expression in WITH must be aliased (use AS)", at: item.expression.location)
            }
            items.append((item.name, item.expression))
        }
        var seen: Set<String> = []
        for item in items where !seen.insert(item.name).inserted {
            throw PlanError("multiple result columns with the same name '\(item.name)'", at: clause.location)
        }
        let aggregates = items.contains { ExpressionAnalysis.containsAggregate($0.expression) }
        if aggregates { try checkAggregationItems(items) }
        let inputScope = currentScope
        var outputScope = Scope()
        let planned = items.map { item -> (name: String, expression: Expression, slot: Int) in
            let slot = slotAllocator.next()
            outputScope.bind(item.name, to: slot, kind: Self.kind(of: item.expression, in: inputScope))
            return (item.name, item.expression, slot)
        }
        // ORDER BY and WITH's WHERE see the projected names and — unless the projection aggregates or is
        // DISTINCT — the variables before it too; an ORDER BY item may be written in terms of projected expressions.
        let restricted = aggregates || clause.distinct
        var visible = restricted ? Scope() : inputScope
        for name in outputScope.names {
            if let slot = outputScope.slot(of: name) { visible.bind(name, to: slot, kind: outputScope.kind(of: name) ?? .unknown) }
        }
        let byText = Dictionary(items.map { ($0.expression.text, $0.name) }, uniquingKeysWith: { first, _ in first })
        let orderBy = clause.orderBy.map { SortItem(expression: ExpressionRewriter.readingProjections($0.expression, byText: byText),
                                                    ascending: $0.ascending) }
        for sort in orderBy {
            try checkVisible(sort.expression, in: visible, hidden: restricted ? inputScope : nil)
            if ExpressionAnalysis.containsAggregate(sort.expression) {
                throw PlanError("ORDER BY can only sort by an aggregate that the \(isReturn ? "RETURN" : "WITH") computes; project it and sort by its name",
                                at: sort.expression.location)
            }
        }
        for bound in [clause.skip, clause.limit].compactMap({ $0 }) { try checkConstant(bound) }
        replaceScope(outputScope)
        let predicate = clause.predicate.map { ExpressionRewriter.readingProjections($0, byText: byText) }
        if let predicate {
            try checkVisible(predicate, in: visible, hidden: restricted ? inputScope : nil)
            try checkNoAggregate(predicate, clause: "WHERE")
            try checkCondition(predicate, in: visible)
        }
        return ProjectionPlan(items: planned, aggregates: aggregates, distinct: clause.distinct, orderBy: orderBy,
                              skip: clause.skip, limit: clause.limit, predicate: predicate,
                              inputScope: inputScope, outputScope: outputScope, visibleScope: visible)
    }

    /// Every variable the expression reads is visible; one hidden by aggregation or DISTINCT says so.
    private mutating func checkVisible(_ expression: Expression, in visible: Scope, hidden: Scope?) throws(PlanError) {
        for variable in ExpressionAnalysis.variables(in: expression) where !variable.inPattern && visible.slot(of: variable.name) == nil {
            let hint = hidden?.slot(of: variable.name) != nil
                ? "; after aggregation or DISTINCT, ORDER BY and WHERE can only use the projected columns" : ""
            throw PlanError("variable '\(variable.name)' is not defined\(hint)", at: variable.location)
        }
        try StaticTypeCheck(scope: visible).check(expression)
        warnAboutUnknownKeys(in: expression)
    }

    private func checkConstant(_ expression: Expression) throws(PlanError) {
        if let variable = ExpressionAnalysis.variables(in: expression).first {
            throw PlanError("SKIP and LIMIT take a number or a parameter, not a variable", at: variable.location)
        }
    }

    static func isVariable(_ expression: Expression) -> Bool {
        if case .variable = expression.kind { return true }
        return false
    }
}
