import QueryAST
import QueryLexer

/// Moving over tokens, and the shared ways of failing.
extension Parser {
    /// The token at the cursor; the lexer always ends with `.end`, so there is always one.
    var current: Token { peek(0) }

    /// The token `distance` ahead, or the final `.end` token past it.
    func peek(_ distance: Int) -> Token {
        let position = index + distance
        guard let last = tokens.last else { return Token(kind: .end, text: "", location: source.start, range: 0..<0) }
        return position < tokens.count ? tokens[position] : last
    }

    /// The last token taken, which ends an expression being built.
    var previous: Token { index > 0 ? tokens[index - 1] : current }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    /// Takes the keyword if it is next.
    mutating func take(_ keyword: Keyword) -> Bool {
        guard current.isKeyword(keyword) else { return false }
        advance()
        return true
    }

    /// Takes the symbol if it is next.
    mutating func take(_ symbol: Symbol) -> Bool {
        guard current.isSymbol(symbol) else { return false }
        advance()
        return true
    }

    /// Takes an unreserved word such as `ALL` if it is next.
    mutating func takeWord(_ word: String) -> Bool {
        guard current.isWord(word) else { return false }
        advance()
        return true
    }

    mutating func expect(_ symbol: Symbol, _ message: @autoclosure () -> String) throws(SyntaxError) {
        guard take(symbol) else { throw error(message()) }
    }

    mutating func expect(_ keyword: Keyword, _ message: @autoclosure () -> String) throws(SyntaxError) {
        guard take(keyword) else { throw error(message()) }
    }

    /// A variable: a plain or backquoted identifier (keywords are not variables).
    mutating func variableName(_ message: @autoclosure () -> String) throws(SyntaxError) -> String {
        guard case .identifier(let name) = current.kind else { throw error(message()) }
        advance()
        return name
    }

    /// A label, type, property key, map key or alias, where even reserved words are plain names
    /// (`n.end`, `{contains: 1}`, `period.end(p)`).
    mutating func symbolicName(_ message: @autoclosure () -> String) throws(SyntaxError) -> String {
        switch current.kind {
        case .identifier(let name):
            advance()
            return name
        case .keyword:
            let name = current.text
            advance()
            return name
        default:
            throw error(message())
        }
    }

    /// Builds an expression spanning from `start` to the last token taken, with its exact text.
    func finish(_ kind: Expression.Kind, from start: Token) -> Expression {
        Expression(kind, location: start.location, text: source.slice(start.range.lowerBound..<previous.range.upperBound))
    }

    /// An error at the current token.
    func error(_ message: String) -> SyntaxError { error(message, at: current) }

    func error(_ message: String, at token: Token) -> SyntaxError {
        source.error(message, at: token.location, offset: token.range.lowerBound)
    }

    /// How a token is quoted in messages.
    func describe(_ token: Token) -> String {
        if token.kind == .end { return "end of input" }
        let text = token.text.count > 24 ? token.text.prefix(24) + "..." : token.text
        return "'\(text)'"
    }

    /// Enters one level of nesting, failing cleanly instead of letting deep input exhaust the stack.
    mutating func nest() throws(SyntaxError) {
        depth += 1
        if depth > Self.nestingLimit { throw error("expression nested too deeply (limit \(Self.nestingLimit))") }
    }
}
