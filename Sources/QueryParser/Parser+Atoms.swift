import GraphModel
import QueryAST
import QueryLexer

/// The smallest expressions: literals, parameters, variables, function calls, lists, maps, parentheses.
extension Parser {
    /// `afterMinus` lets `9223372036854775808` through when a minus makes it the smallest integer.
    mutating func parseAtom(afterMinus: Bool) throws(SyntaxError) -> Expression {
        let start = current
        switch start.kind {
        case .integer(let magnitude):
            let value = try integerValue(magnitude, afterMinus: afterMinus)
            advance()
            return finish(.literal(.int(value)), from: start)
        case .float(let value): return literal(.float(value))
        case .string(let value): return literal(.string(value))
        case .keyword(.true): return literal(.bool(true))
        case .keyword(.false): return literal(.bool(false))
        case .keyword(.null): return literal(.null)
        case .parameter(let name):
            advance()
            return finish(.parameter(name), from: start)
        case .symbol(.leftBracket): return try parseListOrComprehension()
        case .symbol(.leftBrace): return try parseMapLiteral()
        case .symbol(.leftParen): return try parseParenthesizedOrPattern()
        case .keyword(.case): return try parseCase()
        case .keyword(.exists): return try parseExists()
        case .identifier: return try parseNameAtom()
        default: throw error("expected an expression but found \(describe(start))")
        }
    }

    private mutating func literal(_ value: Value) -> Expression {
        let start = current
        advance()
        return finish(.literal(value), from: start)
    }

    /// Int64's magnitude limit; 2^63 only as the operand of a minus that will fold into it (and not when
    /// a postfix operator follows, which would apply before the minus).
    private func integerValue(_ magnitude: UInt64?, afterMinus: Bool) throws(SyntaxError) -> Int64 {
        guard let magnitude else { throw error("integer literal too large") }
        if magnitude <= UInt64(Int64.max) { return Int64(magnitude) }
        let next = peek(1)
        let postfixFollows = next.isSymbol(.dot) || next.isSymbol(.leftBracket) || next.isSymbol(.colon)
        guard afterMinus, magnitude == UInt64(Int64.max) + 1, !postfixFollows else {
            throw error("integer literal too large")
        }
        return Int64.min
    }

    /// A variable, a function call (`f(x)`, `period.contains(a, b)`) or a quantifier (`all(x IN l WHERE p)`).
    private mutating func parseNameAtom() throws(SyntaxError) -> Expression {
        let start = current
        if startsQuantifier() { return try parseQuantifier() }
        if let nameLength = functionNameLength() {
            var parts: [String] = []
            for offset in stride(from: 0, to: nameLength, by: 2) { parts.append(Self.nameText(peek(offset))) }
            skip(nameLength)
            return try parseCall(named: parts.joined(separator: "."), from: start)
        }
        let name = try variableName("expected a variable")
        return finish(.variable(name), from: start)
    }

    /// How many tokens a dotted function name (`a.b.c` before `(`) spans, or nil when no call follows.
    private func functionNameLength() -> Int? {
        var length = 1
        while peek(length).isSymbol(.dot), Self.isName(peek(length + 1)) { length += 2 }
        return peek(length).isSymbol(.leftParen) ? length : nil
    }

    private static func isName(_ token: Token) -> Bool {
        switch token.kind {
        case .identifier, .keyword: return true
        default: return false
        }
    }

    private static func nameText(_ token: Token) -> String {
        if case .identifier(let name) = token.kind { return name }
        return token.text
    }

    /// After the name, at `(`: arguments, `DISTINCT`, and `count(*)`.
    mutating func parseCall(named name: String, from start: Token) throws(SyntaxError) -> Expression {
        advance()
        if name.lowercased() == "count", current.isSymbol(.star), peek(1).isSymbol(.rightParen) {
            skip(2)
            return finish(.countStar, from: start)
        }
        let distinct = take(.distinct)
        var arguments: [Expression] = []
        if !current.isSymbol(.rightParen) {
            repeat {
                arguments.append(try parseExpression(after: arguments.isEmpty ? "'\(name)('" : "','"))
            } while take(.comma)
        }
        try expect(.rightParen, arguments.isEmpty ? "expected an expression or ')' after '('"
                                                  : "expected ')' or ',' after argument")
        return finish(.function(name: name, distinct: distinct, arguments: arguments), from: start)
    }

    /// `(expression)`, or a pattern such as `(a)-[:R]->(b)` used as a predicate. The parenthesised
    /// expression's text keeps its parentheses, as openCypher's column names do.
    private mutating func parseParenthesizedOrPattern() throws(SyntaxError) -> Expression {
        let start = current
        if looksLikePattern() {
            let element = try parsePatternElement()
            return finish(.pattern(element), from: start)
        }
        advance()
        var inner = try parseExpression(after: "'('")
        try expect(.rightParen, "expected ')' to close the parenthesised expression")
        inner.text = source.slice(start.range.lowerBound..<previous.range.upperBound)
        inner.location = start.location
        return inner
    }

    mutating func parseMapLiteral() throws(SyntaxError) -> Expression {
        let start = current
        advance()
        var entries: [(key: String, value: Expression)] = []
        if !take(.rightBrace) {
            repeat {
                let key = try symbolicName("expected a property key in the map")
                try expect(.colon, "expected ':' after the map key")
                entries.append((key, try parseExpression(after: "':'")))
            } while take(.comma)
            try expect(.rightBrace, "expected '}' or ',' after map entry")
        }
        return finish(.map(entries), from: start)
    }
}
