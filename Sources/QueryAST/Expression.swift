import GraphModel

/// An expression with where it was written and its text as written, which openCypher uses as the column
/// name of an unaliased projection (`RETURN n.name` gives the column `n.name`).
public struct Expression: Sendable {
    /// What the expression is.
    public indirect enum Kind: Sendable {
        /// `null`, `true`, `42`, `4.2`, `'text'`.
        case literal(Value)
        /// `[a, b]`.
        case list([Expression])
        /// `{key: value}`, keys in written order.
        case map([(key: String, value: Expression)])
        /// `$name`.
        case parameter(String)
        /// `name`.
        case variable(String)
        /// `subject.key`.
        case property(Expression, key: String)
        /// `subject[index]`: list element or map/node key.
        case `subscript`(Expression, index: Expression)
        /// `list[from..to]`.
        case slice(Expression, from: Expression?, to: Expression?)
        /// `subject:Label:Other` as a predicate.
        case hasLabels(Expression, labels: [String])
        /// `NOT x`, `-x`, `+x`.
        case unary(UnaryOperator, Expression)
        /// Arithmetic, comparison, boolean and string operators.
        case binary(BinaryOperator, Expression, Expression)
        /// `x IS NULL` (`negated` false) or `x IS NOT NULL`.
        case isNull(Expression, negated: Bool)
        /// `count(*)`.
        case countStar
        /// `name(args)` or `namespace.name(args)`; `distinct` for `count(DISTINCT x)`.
        case function(name: String, distinct: Bool, arguments: [Expression])
        /// `CASE [subject] WHEN .. THEN .. [ELSE ..] END`.
        case caseWhen(subject: Expression?, branches: [(when: Expression, then: Expression)], otherwise: Expression?)
        /// `[x IN list WHERE predicate | projection]`.
        case listComprehension(variable: String, list: Expression, predicate: Expression?, projection: Expression?)
        /// `all(x IN list WHERE p)`, `any`, `none`, `single`.
        case quantifier(Quantifier, variable: String, list: Expression, predicate: Expression)
        /// `(a)-[:R]->(b)` used as a boolean in WHERE: true when at least one match exists.
        case pattern(PatternElement)
        /// `EXISTS { [MATCH] pattern, ... [WHERE predicate] }`.
        case exists(patterns: [PatternPart], predicate: Expression?)
    }

    /// The expression.
    public var kind: Kind
    /// Where it starts.
    public var location: SourceLocation
    /// The source text exactly as written.
    public var text: String

    /// Creates an expression.
    public init(_ kind: Kind, location: SourceLocation, text: String) {
        self.kind = kind
        self.location = location
        self.text = text
    }
}

/// Prefix operators.
public enum UnaryOperator: String, Sendable {
    case not = "NOT", negate = "-", plus = "+"
}

/// Infix operators, named by how they are written.
public enum BinaryOperator: String, Sendable {
    case or = "OR", xor = "XOR", and = "AND"
    case equal = "=", notEqual = "<>", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%", power = "^"
    case `in` = "IN", startsWith = "STARTS WITH", endsWith = "ENDS WITH", contains = "CONTAINS"
    case regexMatch = "=~"
}

/// The list predicates `all`, `any`, `none`, `single`.
public enum Quantifier: String, Sendable {
    case all, any, none, single
}
