import GraphModel
import QueryAST

/// openCypher's rule for a projection that aggregates: outside its aggregate calls, an item may only read
/// the grouping keys — a variable projected as itself, or an expression projected as it is written — else
/// its value per group would be ambiguous (`RETURN me.age + count(you)` without `me.age`:
/// `AmbiguousAggregationExpression`).
extension Planner {
    func checkAggregationItems(_ items: [(name: String, expression: Expression)]) throws(PlanError) {
        let keys = items.filter { !ExpressionAnalysis.containsAggregate($0.expression) }.map(\.expression)
        let keyVariables = Set(keys.compactMap { key -> String? in
            if case .variable(let name) = key.kind { return name }
            return nil
        })
        // A grouping key may stand for itself only when it is a property of a variable (`me.age`); a more
        // complex key (`me.age + you.age`) does not, as openCypher rules.
        let keyTexts = Set(keys.filter { key in
            if case .property(let subject, _) = key.kind, case .variable = subject.kind { return true }
            return false
        }.map(\.text))
        for item in items where ExpressionAnalysis.containsAggregate(item.expression) {
            if let stray = Self.ungrouped(in: item.expression, keyVariables: keyVariables, keyTexts: keyTexts) {
                throw PlanError("'\(stray.text)' is neither aggregated nor a grouping key of this projection; project it on its own (\(stray.text) AS name) or aggregate it",
                                at: stray.location)
            }
        }
    }

    /// Whether the expression reads a variable other than these (a pattern's own new variables aside).
    private static func reads(_ expression: Expression, beyond allowed: Set<String>) -> Bool {
        ExpressionAnalysis.variables(in: expression).contains { !$0.inPattern && !allowed.contains($0.name) }
    }

    /// The first sub-expression outside aggregate calls that reads a variable which is no grouping key.
    private static func ungrouped(in expression: Expression, keyVariables: Set<String>, keyTexts: Set<String>) -> Expression? {
        if keyTexts.contains(expression.text) { return nil }
        switch expression.kind {
        case .function(let name, _, _) where ExpressionAnalysis.isAggregate(name): return nil
        case .countStar: return nil
        case .variable(let name): return keyVariables.contains(name) ? nil : expression
        case .listComprehension(let variable, let list, let predicate, let projection):
            return ungrouped(in: list, keyVariables: keyVariables, keyTexts: keyTexts)
                ?? ([predicate, projection].compactMap { $0 }.contains { reads($0, beyond: keyVariables.union([variable])) } ? expression : nil)
        case .quantifier(_, let variable, let list, let predicate):
            return ungrouped(in: list, keyVariables: keyVariables, keyTexts: keyTexts)
                ?? (reads(predicate, beyond: keyVariables.union([variable])) ? expression : nil)
        case .pattern, .exists:
            return reads(expression, beyond: keyVariables) ? expression : nil
        default:
            for child in ExpressionAnalysis.children(of: expression) {
                if let stray = ungrouped(in: child, keyVariables: keyVariables, keyTexts: keyTexts) { return stray }
            }
            return nil
        }
    }
}
