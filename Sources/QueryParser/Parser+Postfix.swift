import QueryAST
import QueryLexer

/// What may follow an atom: `.key`, `[index]`, `[from..to]`, and the label predicate `:Label`.
extension Parser {
    /// An atom and its postfix operators. SET and REMOVE targets pass `allowLabels: false`, because there
    /// `n:Label` is an item of its own rather than a predicate.
    mutating func parsePostfix(allowLabels: Bool, afterMinus: Bool = false) throws(SyntaxError) -> Expression {
        let start = current
        var expression = try parseAtom(afterMinus: afterMinus)
        var links = 0
        defer { depth -= links }
        while current.isSymbol(.dot) || current.isSymbol(.leftBracket) || (allowLabels && current.isSymbol(.colon)) {
            try nest()
            links += 1
            if take(.dot) {
                let key = try symbolicName("expected a property name after '.'")
                expression = finish(.property(expression, key: key), from: start)
            } else if take(.leftBracket) {
                expression = try parseSubscript(of: expression, from: start)
            } else {
                var labels: [String] = []
                while take(.colon) { labels.append(try symbolicName("expected a label name after ':'")) }
                expression = finish(.hasLabels(expression, labels: labels), from: start)
            }
        }
        return expression
    }

    /// After `[`: `index]`, `from..to]`, `..to]`, `from..]`.
    private mutating func parseSubscript(of subject: Expression, from start: Token) throws(SyntaxError) -> Expression {
        let index = current.isSymbol(.dotDot) ? nil : try parseExpression(after: "'['")
        if take(.dotDot) {
            let upper = current.isSymbol(.rightBracket) ? nil : try parseExpression(after: "'..'")
            try expect(.rightBracket, "expected ']' to close the slice")
            return finish(.slice(subject, from: index, to: upper), from: start)
        }
        try expect(.rightBracket, "expected ']' or '..' after the subscript")
        guard let index else { throw error("expected an expression after '['") }
        return finish(.subscript(subject, index: index), from: start)
    }
}
