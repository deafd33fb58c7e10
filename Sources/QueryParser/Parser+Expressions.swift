import QueryAST
import QueryLexer

/// Operators, by precedence climbing: one frame per operator level actually used rather than one per level
/// of the grammar, which keeps deep nesting cheap on the stack.
extension Parser {
    mutating func parseExpression() throws(SyntaxError) -> Expression {
        try nest()
        defer { depth -= 1 }
        return try parseBinary(.or)
    }

    /// An expression that must be there, with a message naming what it should follow.
    mutating func parseExpression(after what: String) throws(SyntaxError) -> Expression {
        guard startsExpression() else { throw error("expected an expression after \(what)") }
        return try parseExpression()
    }

    /// True when the current token can begin an expression.
    func startsExpression() -> Bool {
        switch current.kind {
        case .integer, .float, .string, .parameter, .identifier: return true
        case .keyword(let keyword): return [.true, .false, .null, .case, .exists, .not].contains(keyword)
        case .symbol(let symbol): return [.leftParen, .leftBracket, .leftBrace, .minus, .plus].contains(symbol)
        case .end: return false
        }
    }

    /// Operators binding at least as tightly as `minimum`, left-associative; comparisons chain, so
    /// `a < b < c` is `a < b AND b < c`.
    private mutating func parseBinary(_ minimum: Precedence) throws(SyntaxError) -> Expression {
        let start = current
        var left = try parseOperand(minimum)
        var links = 0
        defer { depth -= links }
        var comparand: (start: Token, expression: Expression)?
        while let infix = infixOperator(), infix.precedence >= minimum {
            try nest()
            links += 1
            guard case .binary(let op, let count) = infix else {
                if case .isNull(let negated, let count) = infix {
                    skip(count)
                    left = finish(.isNull(left, negated: negated), from: start)
                }
                comparand = nil
                continue
            }
            let rightStart = try takeOperator(op, tokens: count)
            let right = try parseBinary(op.precedence.tighter)
            if op.isComparison, let (pairStart, previousRight) = comparand {
                let pair = finish(.binary(op, previousRight, right), from: pairStart)
                left = finish(.binary(.and, left, pair), from: start)
            } else {
                left = finish(.binary(op, left, right), from: start)
            }
            comparand = op.isComparison ? (rightStart, right) : nil
        }
        return left
    }

    /// Takes an operator's tokens and checks an operand follows; returns the operand's first token.
    private mutating func takeOperator(_ op: BinaryOperator, tokens count: Int) throws(SyntaxError) -> Token {
        if current.isSymbol(.arrowLeft) {
            splitLeftArrow()
        } else {
            skip(count)
        }
        guard startsExpression() else { throw error("expected an expression after '\(op.rawValue)'") }
        return current
    }

    /// `x<-1` lexes as `x`, `<-`, `1`; in an expression it means `x < -1`, so the arrow becomes a minus
    /// after its `<` has been read as the operator.
    private mutating func splitLeftArrow() {
        var minus = current
        minus.kind = .symbol(.minus)
        minus.text = "-"
        minus.range = (minus.range.lowerBound + 1)..<minus.range.upperBound
        minus.location.column += 1
        tokens[index] = minus
    }

    /// `NOT` prefixes (read in a loop, not by recursion), or a unary expression.
    private mutating func parseOperand(_ minimum: Precedence) throws(SyntaxError) -> Expression {
        var nots: [Token] = []
        while current.isKeyword(.not) {
            try nest()
            nots.append(current)
            advance()
        }
        defer { depth -= nots.count }
        if nots.isEmpty { return try parseUnary() }
        guard startsExpression() else { throw error("expected an expression after NOT") }
        var operand = try parseBinary(max(minimum, .comparison))
        for token in nots.reversed() { operand = finish(.unary(.not, operand), from: token) }
        return operand
    }

    /// `-` and `+` prefixes, then a postfix expression. A minus directly before a number folds into it, so
    /// `-9223372036854775808` is the smallest integer rather than an overflow.
    private mutating func parseUnary() throws(SyntaxError) -> Expression {
        var signs: [Token] = []
        while current.isSymbol(.minus) || current.isSymbol(.plus) {
            try nest()
            signs.append(current)
            advance()
        }
        defer { depth -= signs.count }
        if let last = signs.last, !startsExpression() { throw error("expected an expression after '\(last.text)'") }
        var operand = try parsePostfix(allowLabels: true, afterMinus: signs.last?.isSymbol(.minus) == true)
        for sign in signs.reversed() {
            let negate = sign.isSymbol(.minus)
            operand = finish(negate ? Self.negated(operand) : .unary(.plus, operand), from: sign)
        }
        return operand
    }

    private static func negated(_ operand: Expression) -> Expression.Kind {
        switch operand.kind {
        case .literal(.int(let value)): return .literal(.int(0 &- value))
        case .literal(.float(let value)): return .literal(.float(-value))
        default: return .unary(.negate, operand)
        }
    }

    /// The operator at the cursor, if any, without taking it.
    private func infixOperator() -> InfixOperator? {
        switch current.kind {
        case .symbol(let symbol):
            return BinaryOperator.symbol(symbol).map { .binary($0, tokens: 1) }
        case .keyword(.and): return .binary(.and, tokens: 1)
        case .keyword(.or): return .binary(.or, tokens: 1)
        case .keyword(.xor): return .binary(.xor, tokens: 1)
        case .keyword(.in): return .binary(.in, tokens: 1)
        case .keyword(.contains): return .binary(.contains, tokens: 1)
        case .keyword(.starts) where peek(1).isKeyword(.with): return .binary(.startsWith, tokens: 2)
        case .keyword(.ends) where peek(1).isKeyword(.with): return .binary(.endsWith, tokens: 2)
        case .keyword(.is) where peek(1).isKeyword(.null): return .isNull(negated: false, tokens: 2)
        case .keyword(.is) where peek(1).isKeyword(.not) && peek(2).isKeyword(.null): return .isNull(negated: true, tokens: 3)
        default: return nil
        }
    }

    mutating func skip(_ count: Int) {
        for _ in 0..<count { advance() }
    }
}
