import GraphModel
import QueryAST
import QueryPlanner

/// Function calls and pattern predicates.
extension ExpressionCompiler {
    func compileFunction(_ name: String, arguments: [Expression], location: SourceLocation) throws(QueryError) -> Evaluator {
        guard let function = ScalarFunction.named(name) else {
            let hint = Suggestion.hint(for: name, among: ScalarFunction.documentedNames)
            throw QueryError("unknown function '\(name)'\(hint)", at: location)
        }
        guard function.arity.contains(arguments.count) else {
            let expected = function.arity.count == 1 ? "\(function.arity.lowerBound)" : "\(function.arity.lowerBound) to \(function.arity.upperBound)"
            throw QueryError("\(name)() takes \(expected) argument(s), not \(arguments.count)", at: location)
        }
        let compiled = try arguments.map { argument throws(QueryError) in try compile(argument) }
        return { frame throws(QueryError) in
            let values = try compiled.map { evaluate throws(QueryError) in try evaluate(frame) }
            do throws(ScalarFunction.Failure) { return try function.body(values, frame.context.store) } catch {
                throw QueryError(error.message, at: location)
            }
        }
    }

    /// `EXISTS { ... }` and pattern predicates: true when the pattern has at least one match from the current row.
    func compileExists(_ patterns: [PatternPart], predicate: Expression?, location: SourceLocation) throws(QueryError) -> Evaluator {
        let planned: (plan: MatchPlan, slotCount: Int)
        do {
            planned = try Planner.planSubpattern(patterns, predicate: predicate, scope: scope,
                                                 slotCount: context.slotCount, store: context.store)
        } catch {
            throw QueryError(error.message, at: error.location)
        }
        while context.slotCount < planned.slotCount { _ = context.newSlot() }
        let matcher = try PatternMatcher(planned.plan, compiler: self, location: location)
        return { frame throws(QueryError) in
            var found = false
            try matcher.forEachMatch(frame) { () throws(QueryError) -> Bool in
                found = true
                return false
            }
            return .bool(found)
        }
    }
}
