import QueryLexer

/// Questions the parser asks of token kinds.
extension TokenKind {
    /// True for plain and backquoted names.
    var isIdentifier: Bool {
        if case .identifier = self { return true }
        return false
    }
}
