import GraphModel

/// One token with where it came from. The byte range lets the parser take the exact source text of an
/// expression, which openCypher uses as the column name (`RETURN n.name` gives the column `n.name`).
public struct Token: Equatable, Sendable {
    /// What the token is.
    public var kind: TokenKind
    /// The text exactly as written, quotes and escapes included.
    public var text: String
    /// Where the token starts.
    public var location: SourceLocation
    /// The token's UTF-8 byte offsets in the text given to the lexer.
    public var range: Range<Int>

    /// Creates a token.
    public init(kind: TokenKind, text: String, location: SourceLocation, range: Range<Int>) {
        self.kind = kind
        self.text = text
        self.location = location
        self.range = range
    }

    /// True for the keyword `keyword`.
    public func isKeyword(_ keyword: Keyword) -> Bool { kind == .keyword(keyword) }

    /// True for the symbol `symbol`.
    public func isSymbol(_ symbol: Symbol) -> Bool { kind == .symbol(symbol) }

    /// True for an unquoted identifier spelled `word` in any case: the words that act as keywords only in
    /// some places (`ALL`, `shortestPath`) without being reserved.
    public func isWord(_ word: String) -> Bool {
        guard case .identifier = kind else { return false }
        return text.uppercased() == word.uppercased()
    }
}
