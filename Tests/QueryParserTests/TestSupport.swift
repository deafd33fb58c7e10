import XCTest
import GraphModel
import QueryAST
import QueryLexer
import QueryParser

/// Shared helpers: compact token and tree descriptions, and parsing that reports errors as text.
enum TestSupport {
    static func describe(_ kind: TokenKind) -> String {
        switch kind {
        case .identifier(let name): return "id(\(name))"
        case .keyword(let keyword): return "kw(\(keyword.rawValue))"
        case .integer(let magnitude): return "int(\(magnitude.map(String.init) ?? "overflow"))"
        case .float(let value): return "float(\(value))"
        case .string(let value): return "str(\(value))"
        case .parameter(let name): return "param(\(name))"
        case .symbol(let symbol): return symbol.rawValue
        case .end: return "end"
        }
    }

    /// The tokens of `text` without the final `end`, or the error as `line:column: message`.
    static func lex(_ text: String) -> String {
        do {
            return try Lexer.tokens(in: text).dropLast().map { describe($0.kind) }.joined(separator: " ")
        } catch {
            return "error \(error.location): \(error.message)"
        }
    }

    /// The statement's tree, or its error as `line:column: message`.
    static func parse(_ text: String) -> String {
        do {
            return ASTDescription.of(try Parser.parse(text))
        } catch {
            return "error \(error.location): \(error.message)"
        }
    }

    /// The single expression of `RETURN text`, described.
    static func expression(_ text: String) -> String {
        do {
            let statement = try Parser.parse("RETURN " + text)
            guard case .return(let projection)? = statement.parts.first?.clauses.first,
                  let item = projection.items.first else { return "no item" }
            return ASTDescription.of(item.expression)
        } catch {
            return "error \(error.location): \(error.message)"
        }
    }
}
