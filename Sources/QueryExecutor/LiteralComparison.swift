import GraphModel
import QueryAST

/// A comparison of a variable's property with a literal, as written in a statement: `p.name = 'EU'` in a
/// WHERE, or `{name: 'EU'}` in a pattern (an equality). What `AnswerAdvisor` checks against the graph.
struct LiteralComparison {
    let variable: String?
    /// The label the variable is matched with, when it has exactly one.
    let label: String?
    let key: String
    let comparison: BinaryOperator
    let literal: Value
    /// How the property was written (`p.name`, or `{name: …}` in a pattern).
    let written: String

    /// Every comparison in a statement's MATCH patterns and WHERE clauses.
    static func all(in statement: Statement) -> [LiteralComparison] {
        statement.parts.flatMap { part in
            var labels: [String: String] = [:]
            var found: [LiteralComparison] = []
            for clause in part.clauses {
                switch clause {
                case .match(let match):
                    let nodes = match.patterns.flatMap { [$0.element.start] + $0.element.steps.map(\.node) }
                    for node in nodes {
                        let label = node.labels.count == 1 && node.labels[0].count == 1 ? node.labels[0][0] : nil
                        if let variable = node.variable, let label { labels[variable] = label }
                        found += inPattern(node, label: label)
                    }
                    found += match.predicate.map { inPredicate($0, labels: labels) } ?? []
                case .with(let projection):
                    found += projection.predicate.map { inPredicate($0, labels: labels) } ?? []
                default: break
                }
            }
            return found
        }
    }

    private static func inPattern(_ node: NodePattern, label: String?) -> [LiteralComparison] {
        guard case .map(let entries)? = node.properties?.kind else { return [] }
        return entries.compactMap { entry in
            guard case .literal(let value) = entry.value.kind else { return nil }
            return LiteralComparison(variable: node.variable, label: label, key: entry.key, comparison: .equal,
                                     literal: value, written: "{\(entry.key): …}")
        }
    }

    private static func inPredicate(_ expression: Expression, labels: [String: String]) -> [LiteralComparison] {
        switch expression.kind {
        case .binary(.and, let a, let b), .binary(.or, let a, let b), .binary(.xor, let a, let b):
            return inPredicate(a, labels: labels) + inPredicate(b, labels: labels)
        case .unary(.not, let inner):
            return inPredicate(inner, labels: labels)
        case .binary(let comparison, let a, let b) where [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual].contains(comparison):
            guard let (property, literal) = propertyAndLiteral(a, b), case .property(let subject, let key) = property.kind else { return [] }
            let variable: String? = if case .variable(let name) = subject.kind { name } else { nil }
            return [LiteralComparison(variable: variable, label: variable.flatMap { labels[$0] }, key: key,
                                      comparison: comparison, literal: literal, written: property.text)]
        default:
            return []
        }
    }

    private static func propertyAndLiteral(_ a: Expression, _ b: Expression) -> (Expression, Value)? {
        if case .property = a.kind, case .literal(let value) = b.kind { return (a, value) }
        if case .property = b.kind, case .literal(let value) = a.kind { return (b, value) }
        return nil
    }
}
