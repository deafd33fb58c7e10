import GraphModel
import QueryAST

/// Facts about an expression the planner needs: which variables it reads, whether it aggregates, and its
/// top-level AND-ed parts (so each part can be checked as early as its variables are bound).
public enum ExpressionAnalysis {
    /// The aggregating functions of the language, lower-cased.
    public static let aggregateFunctions: Set<String> = [
        "count", "sum", "avg", "min", "max", "collect", "stdev", "stdevp", "percentilecont", "percentiledisc",
    ]

    /// Whether a function name (any case) is an aggregate.
    public static func isAggregate(_ name: String) -> Bool { aggregateFunctions.contains(name.lowercased()) }

    /// The parts of `a AND b AND c`.
    public static func conjuncts(_ expression: Expression) -> [Expression] {
        if case .binary(.and, let left, let right) = expression.kind { return conjuncts(left) + conjuncts(right) }
        return [expression]
    }

    /// Whether the expression contains an aggregate call (not looking inside EXISTS and pattern predicates).
    public static func containsAggregate(_ expression: Expression) -> Bool {
        var found = false
        visit(expression) { node in
            switch node.kind {
            case .countStar: found = true
            case .function(let name, _, _) where isAggregate(name): found = true
            default: break
            }
        }
        return found
    }

    /// Variables the expression reads, with where. Variables that a comprehension or quantifier binds are
    /// not included; variables of patterns inside EXISTS and pattern predicates are, marked `inPattern` —
    /// they may be new (local to the pattern) when the outer scope lacks them.
    public static func variables(in expression: Expression) -> [(name: String, location: SourceLocation, inPattern: Bool)] {
        var found: [(String, SourceLocation, Bool)] = []
        collect(expression, local: [], into: &found)
        return found
    }

    private static func collect(_ expression: Expression, local: Set<String>,
                                into found: inout [(String, SourceLocation, Bool)]) {
        switch expression.kind {
        case .variable(let name):
            if !local.contains(name) { found.append((name, expression.location, false)) }
        case .listComprehension(let variable, let list, let predicate, let projection):
            collect(list, local: local, into: &found)
            for inner in [predicate, projection].compactMap({ $0 }) { collect(inner, local: local.union([variable]), into: &found) }
        case .quantifier(_, let variable, let list, let predicate):
            collect(list, local: local, into: &found)
            collect(predicate, local: local.union([variable]), into: &found)
        case .pattern(let element):
            // A pattern predicate cannot introduce variables (openCypher's UndefinedVariable); EXISTS { } can.
            var inner: [(String, SourceLocation, Bool)] = []
            collectPattern(PatternPart(element: element), local: local, into: &inner)
            found += inner.map { ($0.0, $0.1, false) }
        case .exists(let patterns, let predicate):
            for part in patterns { collectPattern(part, local: local, into: &found) }
            if let predicate {
                var inner: [(String, SourceLocation, Bool)] = []
                collect(predicate, local: local, into: &inner)
                found += inner.map { ($0.0, $0.1, true) }
            }
        default:
            for child in children(of: expression) { collect(child, local: local, into: &found) }
        }
    }

    private static func collectPattern(_ part: PatternPart, local: Set<String>, into found: inout [(String, SourceLocation, Bool)]) {
        var nodes = [part.element.start]
        nodes += part.element.steps.map(\.node)
        for node in nodes {
            if let name = node.variable, !local.contains(name) { found.append((name, node.location, true)) }
            if let properties = node.properties { collect(properties, local: local, into: &found) }
        }
        for step in part.element.steps {
            if let name = step.relationship.variable, !local.contains(name) { found.append((name, step.relationship.location, true)) }
            if let properties = step.relationship.properties { collect(properties, local: local, into: &found) }
        }
    }

    /// Calls `body` on the expression and every sub-expression, outside patterns.
    public static func visit(_ expression: Expression, _ body: (Expression) -> Void) {
        body(expression)
        for child in children(of: expression) { visit(child, body) }
    }

    /// The direct sub-expressions (not those inside patterns).
    public static func children(of expression: Expression) -> [Expression] {
        switch expression.kind {
        case .literal, .parameter, .variable, .countStar, .pattern, .exists: return []
        case .list(let items): return items
        case .map(let entries): return entries.map(\.value)
        case .property(let subject, _), .hasLabels(let subject, _), .unary(_, let subject), .isNull(let subject, _):
            return [subject]
        case .subscript(let subject, let index): return [subject, index]
        case .slice(let subject, let from, let to): return [subject] + [from, to].compactMap { $0 }
        case .binary(_, let left, let right): return [left, right]
        case .function(_, _, let arguments): return arguments
        case .caseWhen(let subject, let branches, let otherwise):
            return [subject].compactMap { $0 } + branches.flatMap { [$0.when, $0.then] } + [otherwise].compactMap { $0 }
        case .listComprehension(_, let list, let predicate, let projection): return [list] + [predicate, projection].compactMap { $0 }
        case .quantifier(_, _, let list, let predicate): return [list, predicate]
        }
    }
}
