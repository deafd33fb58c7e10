import QueryAST

/// Rewrites of an expression tree that the planner needs: an ORDER BY item written in terms of what the
/// projection computes (`ORDER BY age + count(you.age)` after `WITH me.age AS age, count(you.age) AS cnt`)
/// reads the projected columns instead, as openCypher specifies.
enum ExpressionRewriter {
    /// The expression with every sub-expression whose text is a projected item's text replaced by that
    /// item's name. Patterns, comprehensions and quantifiers are left whole (their variables are local).
    static func readingProjections(_ expression: Expression, byText names: [String: String]) -> Expression {
        if let name = names[expression.text] {
            return Expression(.variable(name), location: expression.location, text: expression.text)
        }
        return mappingChildren(expression) { readingProjections($0, byText: names) }
    }

    /// The expression with `transform` applied to each direct sub-expression.
    static func mappingChildren(_ expression: Expression, _ transform: (Expression) -> Expression) -> Expression {
        let kind: Expression.Kind
        switch expression.kind {
        case .literal, .parameter, .variable, .countStar, .pattern, .exists, .listComprehension, .quantifier: return expression
        case .list(let items): kind = .list(items.map(transform))
        case .map(let entries): kind = .map(entries.map { (key: $0.key, value: transform($0.value)) })
        case .property(let subject, let key): kind = .property(transform(subject), key: key)
        case .subscript(let subject, let index): kind = .subscript(transform(subject), index: transform(index))
        case .slice(let subject, let from, let to): kind = .slice(transform(subject), from: from.map(transform), to: to.map(transform))
        case .hasLabels(let subject, let labels): kind = .hasLabels(transform(subject), labels: labels)
        case .unary(let op, let operand): kind = .unary(op, transform(operand))
        case .binary(let op, let left, let right): kind = .binary(op, transform(left), transform(right))
        case .isNull(let operand, let negated): kind = .isNull(transform(operand), negated: negated)
        case .function(let name, let distinct, let arguments): kind = .function(name: name, distinct: distinct, arguments: arguments.map(transform))
        case .caseWhen(let subject, let branches, let otherwise):
            kind = .caseWhen(subject: subject.map(transform), branches: branches.map { (when: transform($0.when), then: transform($0.then)) },
                             otherwise: otherwise.map(transform))
        }
        return Expression(kind, location: expression.location, text: expression.text)
    }
}
