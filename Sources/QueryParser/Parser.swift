import GraphModel
import QueryAST
import QueryLexer

/// Reads one statement into the syntax tree, by recursive descent over the lexer's tokens.
///
/// Every expression records its exact source text, because openCypher names unaliased columns after it.
/// Nesting is limited, and parsing runs on a thread with a known large stack, so that no input, however
/// deep, can exhaust the stack; every failure is a `SyntaxError` saying what was expected at which line
/// and column.
public struct Parser {
    /// How deep expressions and patterns may nest. Deep enough for any real query, shallow enough that the
    /// parser and the stages after it, which also recurse over the tree, stay far from the stack's end.
    public static let nestingLimit = 256

    var tokens: [Token]
    var index = 0
    let source: SourceText
    var depth = 0

    private init(_ text: String, file: String?, startingAt start: SourceLocation?) throws(SyntaxError) {
        var origin = start ?? SourceLocation(line: 1, column: 1)
        if let file { origin.file = file }
        source = SourceText(text, start: origin)
        tokens = try Lexer.tokens(in: source)
    }

    /// Parses the text of one statement, as cut by `ScriptSplitter` (a trailing `;` is allowed). `startingAt`
    /// is where that text starts in its script, and `file` names the script, so that every location in the
    /// tree and in errors points into the script rather than into the cut-out text.
    public static func parse(_ text: String, file: String? = nil, startingAt start: SourceLocation? = nil)
        throws(SyntaxError) -> Statement {
        try LargeStack.run {
            Result { () throws(SyntaxError) in
                var parser = try Parser(text, file: file, startingAt: start)
                return try parser.parseStatement()
            }
        }.get()
    }

    /// Parses a lone expression, for places outside statements that take one, such as the prompt's
    /// `:param name => expression`.
    public static func parseExpression(_ text: String, file: String? = nil, startingAt start: SourceLocation? = nil)
        throws(SyntaxError) -> Expression {
        try LargeStack.run {
            Result { () throws(SyntaxError) in
                var parser = try Parser(text, file: file, startingAt: start)
                let expression = try parser.parseExpression()
                guard parser.current.kind == .end else {
                    throw parser.error("expected the end of the expression but found \(parser.describe(parser.current))")
                }
                return expression
            }
        }.get()
    }
}
