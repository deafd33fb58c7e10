import GraphModel
import QueryAST
import QueryLexer

/// The statement level: EXPLAIN, UNION, and the rules on how a query may end.
extension Parser {
    /// The clause keywords, for messages and for guessing what a misspelt word meant.
    static let clauseWords = ["MATCH", "OPTIONAL MATCH", "WITH", "UNWIND", "RETURN", "CREATE", "MERGE", "SET",
                              "DELETE", "DETACH DELETE", "REMOVE", "UNION"]

    /// Words from SQL whose nearest clause by spelling is not what the user meant.
    private static let sqlWords = ["SELECT": "RETURN", "INSERT": "CREATE", "UPDATE": "SET", "FROM": "MATCH"]

    mutating func parseStatement() throws(SyntaxError) -> Statement {
        let location = current.location
        let explain = take(.explain)
        var parts = [try parseSingleQuery()]
        var unionAll: [Bool] = []
        while take(.union) {
            unionAll.append(takeWord("ALL"))
            parts.append(try parseSingleQuery())
        }
        _ = take(.semicolon)
        guard current.kind == .end else {
            throw error("expected the end of the statement but found \(describe(current))")
        }
        return Statement(parts: parts, unionAll: unionAll, explain: explain, location: location)
    }

    private mutating func parseSingleQuery() throws(SyntaxError) -> SingleQuery {
        var clauses: [Clause] = []
        while let clause = try parseClause(after: clauses.last) { clauses.append(clause) }
        guard let last = clauses.last else { throw expectedClause() }
        let atEnd = current.kind == .end || current.isSymbol(.semicolon) || current.isKeyword(.union)
        if !atEnd {
            if case .return = last {
                throw error("expected the end of the statement after RETURN but found \(describe(current))")
            }
            throw expectedClause()
        }
        switch last {
        case .match, .with, .unwind: throw error("a query must end with RETURN or an updating clause")
        default: return SingleQuery(clauses: clauses)
        }
    }

    /// The next clause, or nil when the current token starts none.
    private mutating func parseClause(after previousClause: Clause?) throws(SyntaxError) -> Clause? {
        guard startsClause() else { return nil }
        if case .return = previousClause { throw error("RETURN must be the last clause") }
        let start = current
        switch start.kind {
        case .keyword(.match), .keyword(.optional): return .match(try parseMatch())
        case .keyword(.with): return .with(try parseProjection(isWith: true))
        case .keyword(.return): return .return(try parseProjection(isWith: false))
        case .keyword(.unwind): return .unwind(try parseUnwind())
        default: return try parseUpdatingClause()
        }
    }

    private func startsClause() -> Bool {
        guard case .keyword(let keyword) = current.kind else { return false }
        switch keyword {
        case .match, .optional, .with, .return, .unwind, .create, .merge, .set, .delete, .detach, .remove: return true
        default: return false
        }
    }

    /// `expected a clause ... but found 'X'`, with a guess when X looks like a misspelt clause keyword.
    private func expectedClause() -> SyntaxError {
        var message = "expected a clause (MATCH, RETURN, ...) but found \(describe(current))"
        let word = current.text.uppercased()
        if case .identifier = current.kind,
           let guess = Self.sqlWords[word] ?? Suggestion.closest(to: word, among: Self.clauseWords) {
            message += "; did you mean \(guess)?"
        }
        return error(message)
    }
}
