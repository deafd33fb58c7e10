import QueryAST
import QueryLexer

/// The updating clauses: CREATE, MERGE, SET, DELETE, REMOVE.
extension Parser {
    mutating func parseUpdatingClause() throws(SyntaxError) -> Clause {
        let location = current.location
        switch current.kind {
        case .keyword(.create):
            advance()
            return .create(CreateClause(patterns: try parsePatternList(after: "CREATE"), location: location))
        case .keyword(.merge):
            return .merge(try parseMerge())
        case .keyword(.set):
            advance()
            return .set(SetClause(items: try parseSetItems(), location: location))
        case .keyword(.remove):
            advance()
            return .remove(RemoveClause(items: try parseRemoveItems(), location: location))
        default:
            let detach = take(.detach)
            try expect(.delete, "expected DELETE after DETACH")
            var targets: [Expression] = []
            repeat { targets.append(try parseExpression(after: targets.isEmpty ? "DELETE" : "','")) } while take(.comma)
            return .delete(DeleteClause(detach: detach, targets: targets, location: location))
        }
    }

    private mutating func parseMerge() throws(SyntaxError) -> MergeClause {
        let location = current.location
        advance()
        var clause = MergeClause(pattern: try parsePatternPart(), location: location)
        while take(.on) {
            let onCreate = take(.create)
            if !onCreate { try expect(.match, "expected CREATE or MATCH after ON") }
            try expect(.set, "expected SET after ON \(onCreate ? "CREATE" : "MATCH")")
            let items = try parseSetItems()
            if onCreate { clause.onCreate += items } else { clause.onMatch += items }
        }
        return clause
    }

    private mutating func parseSetItems() throws(SyntaxError) -> [SetItem] {
        var items: [SetItem] = []
        repeat { items.append(try parseSetItem()) } while take(.comma)
        return items
    }

    /// `n:Label`, `n = map`, `n += map`, or `target.key = value`.
    private mutating func parseSetItem() throws(SyntaxError) -> SetItem {
        if case .identifier(let variable) = current.kind {
            if peek(1).isSymbol(.colon) {
                advance()
                return .labels(variable: variable, labels: try parseLabelChain())
            }
            if peek(1).isSymbol(.equal) || peek(1).isSymbol(.plusEqual) {
                advance()
                let merge = current.isSymbol(.plusEqual)
                let operatorText = current.text
                advance()
                return .properties(variable: variable, value: try parseExpression(after: "'\(operatorText)'"), merge: merge)
            }
        }
        let (target, key) = try parsePropertyTarget(after: "SET")
        try expect(.equal, "expected '=' after the property to set")
        return .property(target: target, key: key, value: try parseExpression(after: "'='"))
    }

    private mutating func parseRemoveItems() throws(SyntaxError) -> [RemoveItem] {
        var items: [RemoveItem] = []
        repeat {
            if case .identifier(let variable) = current.kind, peek(1).isSymbol(.colon) {
                advance()
                items.append(.labels(variable: variable, labels: try parseLabelChain()))
            } else {
                let (target, key) = try parsePropertyTarget(after: "REMOVE")
                items.append(.property(target: target, key: key))
            }
        } while take(.comma)
        return items
    }

    /// `:A:B` after a variable in SET and REMOVE.
    private mutating func parseLabelChain() throws(SyntaxError) -> [String] {
        var labels: [String] = []
        while take(.colon) { labels.append(try symbolicName("expected a label name after ':'")) }
        return labels
    }

    /// `expression.key`: the subject and the key of a property access, for SET and REMOVE.
    private mutating func parsePropertyTarget(after keyword: String) throws(SyntaxError) -> (Expression, String) {
        let start = current
        let message = "expected a property (n.key), a variable or a label after \(keyword)"
        guard startsExpression() else { throw error(message) }
        let expression = try parsePostfix(allowLabels: false)
        guard case .property(let target, let key) = expression.kind else { throw error(message, at: start) }
        return (target, key)
    }
}
