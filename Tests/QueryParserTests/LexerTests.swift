import XCTest
import GraphModel
import QueryLexer

final class LexerTests: XCTestCase {
    func testTokenKinds() {
        let cases: [(String, String)] = [
            ("MATCH match MaTcH", "kw(MATCH) kw(MATCH) kw(MATCH)"),
            ("name _x x1 名字", "id(name) id(_x) id(x1) id(名字)"),
            ("`weird name` `a``b`", "id(weird name) id(a`b)"),
            ("`MATCH`", "id(MATCH)"),
            ("0 42 0x1F 0X1f 0o17", "int(0) int(42) int(31) int(31) int(15)"),
            ("18446744073709551615 18446744073709551616", "int(18446744073709551615) int(overflow)"),
            ("1.5 .5 1e3 1.5e-3 2E+2", "float(1.5) float(0.5) float(1000.0) float(0.0015) float(200.0)"),
            ("1..3", "int(1) .. int(3)"),
            ("x.y", "id(x) . id(y)"),
            ("'a' \"b\" ''", "str(a) str(b) str()"),
            (#"'it\'s' "q\"q" '\\' '\n\t\r\b\f'"#, "str(it's) str(q\"q) str(\\) str(\n\t\r\u{8}\u{C})"),
            (#"'\u00e9\u4E2D' '\uD83D\uDE00' '\U0001F600'"#, "str(é中) str(😀) str(😀)"),
            ("'multi\nline'", "str(multi\nline)"),
            ("$name $0 $`odd name`", "param(name) param(0) param(odd name)"),
            ("( ) [ ] { } , . .. : ; |", "( ) [ ] { } , . .. : ; |"),
            ("= =~ <> < <= > >= + += - * / % ^ -> <-", "= =~ <> < <= > >= + += - * / % ^ -> <-"),
            ("-->", "- ->"),
            ("<-->", "<- ->"),
            ("a // comment\nb", "id(a) id(b)"),
            ("a /* block\ncomment */ b", "id(a) id(b)"),
            ("a\u{3000}b\u{A0}c", "id(a) id(b) id(c)"),
            ("", ""),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(TestSupport.lex(input), expected, "lexing \(input)")
        }
    }

    func testLexicalErrors() {
        let cases: [(String, String)] = [
            ("RETURN 'abc", "error 1:8: unterminated string literal"),
            ("RETURN \"abc\n\n", "error 1:8: unterminated string literal"),
            ("a § b", "error 1:3: unknown character '§'"),
            ("a\u{7}", "error 1:2: unknown character U+7"),
            ("a /* open", "error 1:3: unterminated comment"),
            ("`open", "error 1:1: unterminated quoted name"),
            ("``", "error 1:1: empty quoted name"),
            (#"'a\qb'"#, #"error 1:3: invalid escape sequence '\q'"#),
            (#"'\u12'"#, "error 1:2: invalid unicode escape"),
            (#"'\uD83D'"#, "error 1:2: invalid unicode escape"),
            ("12abc", "error 1:1: invalid number literal '12abc'"),
            ("1e", "error 1:1: invalid number literal '1e'"),
            ("0x", "error 1:1: invalid number literal '0x'"),
            ("0xFG", "error 1:1: invalid number literal '0xFG'"),
            ("1e999", "error 1:1: float literal too large"),
            ("$ x", "error 1:2: expected a parameter name after '$'"),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(TestSupport.lex(input), expected, "lexing \(input)")
        }
    }

    func testLocationsCountCharactersAndLines() throws {
        let tokens = try Lexer.tokens(in: "MATCH (甲乙:Label)\n  RETURN 甲乙")
        let places = tokens.map { "\($0.location.line):\($0.location.column)" }
        XCTAssertEqual(places, ["1:1", "1:7", "1:8", "1:10", "1:11", "1:16", "2:3", "2:10", "2:12"])
    }

    func testLocationsStartWhereTheStatementStarts() throws {
        let start = SourceLocation(file: "q.cypher", line: 4, column: 9)
        let tokens = try Lexer.tokens(in: "RETURN x,\ny", startingAt: start)
        XCTAssertEqual(tokens.map(\.location.description), ["q.cypher:4:9", "q.cypher:4:16", "q.cypher:4:17",
                                                            "q.cypher:5:1", "q.cypher:5:2"])
    }

    func testTextAndRangesSliceTheSource() throws {
        let text = "RETURN 'é' + `a b`"
        let tokens = try Lexer.tokens(in: text)
        let bytes = Array(text.utf8)
        for token in tokens {
            XCTAssertEqual(String(decoding: bytes[token.range], as: UTF8.self), token.text)
        }
        XCTAssertEqual(tokens.map(\.text), ["RETURN", "'é'", "+", "`a b`", ""])
    }

    func testKeywordsAreOnlyASCIIWords() throws {
        let tokens = try Lexer.tokens(in: "all ALL shortestPath")
        XCTAssertEqual(tokens.dropLast().map { TestSupport.describe($0.kind) }, ["id(all)", "id(ALL)", "id(shortestPath)"])
        XCTAssertTrue(tokens[1].isWord("all"))
    }
}
