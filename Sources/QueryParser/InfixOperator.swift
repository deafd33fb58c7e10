import QueryAST

/// An infix or postfix operator found at the cursor, with how many tokens it spans.
enum InfixOperator {
    case binary(BinaryOperator, tokens: Int)
    case isNull(negated: Bool, tokens: Int)

    var precedence: Precedence {
        switch self {
        case .isNull: return .predicate
        case .binary(let op, _): return op.precedence
        }
    }
}
