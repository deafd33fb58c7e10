import QueryAST
import QueryLexer

/// The reading clauses: MATCH, WITH, RETURN, UNWIND.
extension Parser {
    mutating func parseMatch() throws(SyntaxError) -> MatchClause {
        let location = current.location
        let optional = take(.optional)
        try expect(.match, "expected MATCH after OPTIONAL")
        let patterns = try parsePatternList(after: "MATCH")
        let predicate = take(.where) ? try parseExpression(after: "WHERE") : nil
        return MatchClause(optional: optional, patterns: patterns, predicate: predicate, location: location)
    }

    mutating func parseUnwind() throws(SyntaxError) -> UnwindClause {
        let location = current.location
        advance()
        let list = try parseExpression(after: "UNWIND")
        try expect(.as, "expected AS after the UNWIND list")
        let variable = try variableName("expected a variable name after AS")
        return UnwindClause(list: list, variable: variable, location: location)
    }

    /// `WITH` and `RETURN` share their body; only WITH takes WHERE, and WITH needs names for its columns.
    mutating func parseProjection(isWith: Bool) throws(SyntaxError) -> ProjectionClause {
        let keyword = current
        advance()
        var clause = ProjectionClause(items: [], location: keyword.location)
        clause.distinct = take(.distinct)
        clause.includesAll = take(.star)
        if !clause.includesAll || take(.comma) {
            clause.items = try parseProjectionItems(after: keyword.text.uppercased(), isWith: isWith)
        }
        if take(.order) {
            try expect(.by, "expected BY after ORDER")
            clause.orderBy = try parseSortItems()
        }
        if take(.skip) { clause.skip = try parseExpression(after: "SKIP") }
        if take(.limit) { clause.limit = try parseExpression(after: "LIMIT") }
        if isWith && take(.where) { clause.predicate = try parseExpression(after: "WHERE") }
        return clause
    }

    private mutating func parseProjectionItems(after keyword: String, isWith: Bool) throws(SyntaxError)
        -> [ProjectionItem] {
        var items: [ProjectionItem] = []
        repeat {
            guard startsExpression() else {
                throw error(items.isEmpty ? "expected an expression or '*' after \(keyword)"
                                          : "expected an expression after ','")
            }
            let expression = try parseExpression()
            var alias: String?
            if take(.as) {
                alias = try symbolicName("expected a name after AS")
            } else if isWith, !isVariable(expression) {
                throw error("expression in WITH must be aliased (use AS)", at: tokenStarting(expression))
            }
            items.append(ProjectionItem(expression: expression, alias: alias))
        } while take(.comma)
        return items
    }

    private mutating func parseSortItems() throws(SyntaxError) -> [SortItem] {
        var items: [SortItem] = []
        repeat {
            let expression = try parseExpression(after: items.isEmpty ? "ORDER BY" : "','")
            var ascending = true
            if take(.desc) || take(.descending) {
                ascending = false
            } else if !take(.asc) {
                _ = take(.ascending)
            }
            items.append(SortItem(expression: expression, ascending: ascending))
        } while take(.comma)
        return items
    }

    private func isVariable(_ expression: Expression) -> Bool {
        if case .variable = expression.kind { return true }
        return false
    }

    /// The token an expression started at, for errors about the expression as a whole.
    private func tokenStarting(_ expression: Expression) -> Token {
        tokens.first { $0.location == expression.location } ?? current
    }
}
