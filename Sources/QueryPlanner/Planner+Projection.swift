import GraphModel
import QueryAST

/// `WITH` and `RETURN`: items, aliases, aggregation, ordering.
extension Planner {
    mutating func planProjection(_ clause: ProjectionClause, isReturn: Bool) throws(PlanError) -> ProjectionPlan {
        var items: [(name: String, expression: Expression)] = []
        if clause.includesAll {
            guard !currentScope.names.isEmpty else {
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
        let inputScope = currentScope
        var outputScope = Scope()
        let planned = items.map { item -> (name: String, expression: Expression, slot: Int) in
            let slot = slotAllocator.next()
            outputScope.bind(item.name, to: slot, kind: Self.kind(of: item.expression, in: inputScope))
            return (item.name, item.expression, slot)
        }
        try checkOrdering(clause, output: outputScope, input: inputScope, restricted: aggregates || clause.distinct)
        for bound in [clause.skip, clause.limit].compactMap({ $0 }) { try checkConstant(bound) }
        replaceScope(outputScope)
        if let predicate = clause.predicate {
            try check(predicate)
            try checkNoAggregate(predicate, clause: "WHERE")
        }
        return ProjectionPlan(items: planned, aggregates: aggregates, distinct: clause.distinct, orderBy: clause.orderBy,
                              skip: clause.skip, limit: clause.limit, predicate: clause.predicate,
                              inputScope: inputScope, outputScope: outputScope)
    }

    /// ORDER BY may read the projected names, and — unless the projection aggregates or is DISTINCT — the
    /// variables before it too.
    private func checkOrdering(_ clause: ProjectionClause, output: Scope, input: Scope, restricted: Bool) throws(PlanError) {
        let projectedTexts = Set(clause.items.map(\.expression.text))
        for sort in clause.orderBy where !projectedTexts.contains(sort.expression.text) {
            for variable in ExpressionAnalysis.variables(in: sort.expression) where !variable.inPattern {
                if output.slot(of: variable.name) != nil { continue }
                if input.slot(of: variable.name) != nil && !restricted { continue }
                let hint = restricted && input.slot(of: variable.name) != nil
                    ? "; after aggregation or DISTINCT, ORDER BY can only use the returned columns" : ""
                throw PlanError("variable '\(variable.name)' is not defined\(hint)", at: variable.location)
            }
        }
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
