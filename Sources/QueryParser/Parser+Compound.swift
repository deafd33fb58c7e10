import QueryAST
import QueryLexer

/// Expressions with inner structure: lists and list comprehensions, quantifiers, CASE, EXISTS.
extension Parser {
    /// `[a, b]`, or `[x IN list WHERE p | f(x)]` when a name and IN open it.
    mutating func parseListOrComprehension() throws(SyntaxError) -> Expression {
        let start = current
        advance()
        if current.kind.isIdentifier && peek(1).isKeyword(.in) { return try parseComprehension(from: start) }
        var elements: [Expression] = []
        if !take(.rightBracket) {
            repeat { elements.append(try parseExpression(after: elements.isEmpty ? "'['" : "','")) } while take(.comma)
            try expect(.rightBracket, "expected ']' or ',' after list element")
        }
        return finish(.list(elements), from: start)
    }

    private mutating func parseComprehension(from start: Token) throws(SyntaxError) -> Expression {
        let (variable, list) = try parseIteration()
        let predicate = take(.where) ? try parseExpression(after: "WHERE") : nil
        let projection = take(.pipe) ? try parseExpression(after: "'|'") : nil
        try expect(.rightBracket, "expected ']' to close the list comprehension")
        return finish(.listComprehension(variable: variable, list: list, predicate: predicate, projection: projection),
                      from: start)
    }

    /// `x IN list`, shared by comprehensions and quantifiers.
    private mutating func parseIteration() throws(SyntaxError) -> (String, Expression) {
        let variable = try variableName("expected a variable")
        try expect(.in, "expected IN after the variable")
        return (variable, try parseExpression(after: "IN"))
    }

    /// `all(`, `any(`, `none(` or `single(` followed by `x IN`.
    func startsQuantifier() -> Bool {
        ["all", "any", "none", "single"].contains { current.isWord($0) } && peek(1).isSymbol(.leftParen)
            && peek(2).kind.isIdentifier && peek(3).isKeyword(.in)
    }

    mutating func parseQuantifier() throws(SyntaxError) -> Expression {
        let start = current
        let quantifier = Quantifier(rawValue: current.text.lowercased()) ?? .all
        skip(2)
        let (variable, list) = try parseIteration()
        try expect(.where, "expected WHERE in \(quantifier.rawValue)(...)")
        let predicate = try parseExpression(after: "WHERE")
        try expect(.rightParen, "expected ')' to close \(quantifier.rawValue)(...)")
        return finish(.quantifier(quantifier, variable: variable, list: list, predicate: predicate), from: start)
    }

    /// `CASE WHEN c THEN v ... [ELSE d] END` or `CASE x WHEN value THEN v ... END`.
    mutating func parseCase() throws(SyntaxError) -> Expression {
        let start = current
        advance()
        let subject = startsExpression() ? try parseExpression() : nil
        var branches: [(when: Expression, then: Expression)] = []
        while take(.when) {
            let condition = try parseExpression(after: "WHEN")
            try expect(.then, "expected THEN after the WHEN condition")
            branches.append((condition, try parseExpression(after: "THEN")))
        }
        if branches.isEmpty { throw error("expected WHEN in CASE") }
        let otherwise = take(.else) ? try parseExpression(after: "ELSE") : nil
        try expect(.end, "expected WHEN, ELSE or END in CASE")
        return finish(.caseWhen(subject: subject, branches: branches, otherwise: otherwise), from: start)
    }

    /// `EXISTS { [MATCH] pattern, ... [WHERE p] }`, or the function form `exists(n.key)`.
    mutating func parseExists() throws(SyntaxError) -> Expression {
        let start = current
        advance()
        if current.isSymbol(.leftParen) { return try parseCall(named: start.text, from: start) }
        try expect(.leftBrace, "expected '{' or '(' after EXISTS")
        _ = take(.match)
        let patterns = try parsePatternList(after: "EXISTS {")
        let predicate = take(.where) ? try parseExpression(after: "WHERE") : nil
        try expect(.rightBrace, "expected '}' to close EXISTS")
        return finish(.exists(patterns: patterns, predicate: predicate), from: start)
    }

    /// Whether the `(` at the cursor opens a pattern rather than a parenthesised expression: its contents
    /// have the shape of a node (`()`, `(a)`, `(:L)`, `(a:L {k: v})`) and a relationship follows the
    /// matching `)`. Only `(a:L)` and `(a)` are ambiguous, and those need a relationship to be patterns.
    func looksLikePattern() -> Bool {
        let first = peek(1).kind.isIdentifier ? 2 : 1
        switch peek(first).kind {
        case .symbol(.rightParen), .symbol(.colon), .symbol(.leftBrace), .parameter: break
        default: return false
        }
        guard let close = matchingCloser() else { return false }
        var arrow = close + 1
        if peek(arrow).isSymbol(.less) && peek(arrow + 1).isSymbol(.minus) { arrow += 1 }
        guard peek(arrow).isSymbol(.minus) || peek(arrow).isSymbol(.arrowLeft) else { return false }
        let next = peek(arrow + 1)
        return next.isSymbol(.leftBracket) || next.isSymbol(.minus) || next.isSymbol(.arrowRight)
    }

    /// The distance to the bracket closing the one at the cursor, or nil when the text ends first.
    private func matchingCloser() -> Int? {
        var level = 0
        var distance = 0
        while index + distance < tokens.count {
            switch peek(distance).kind {
            case .symbol(.leftParen), .symbol(.leftBracket), .symbol(.leftBrace): level += 1
            case .symbol(.rightParen), .symbol(.rightBracket), .symbol(.rightBrace):
                level -= 1
                if level == 0 { return distance }
            case .end: return nil
            default: break
            }
            distance += 1
        }
        return nil
    }
}
