import XCTest
import GraphModel
import QueryLexer
import QueryParser

final class SyntaxErrorTests: XCTestCase {
    func testMessagesAndPositions() {
        let cases: [(String, String)] = [
            ("CREATE (n {name: 'x'} RETURN n", "error 1:23: expected ')' or ',' after property map"),
            ("MATCH (n RETURN n", "error 1:10: expected ')' to close the node pattern"),
            ("RETURN 1 +", "error 1:11: expected an expression after '+'"),
            ("RETURN 1 + )", "error 1:12: expected an expression after '+'"),
            ("RETURN 'abc", "error 1:8: unterminated string literal"),
            ("RETURN a § b", "error 1:10: unknown character '§'"),
            ("FROM x RETURN 1", "error 1:1: expected a clause (MATCH, RETURN, ...) but found 'FROM'; did you mean MATCH?"),
            ("MTACH (n) RETURN n", "error 1:1: expected a clause (MATCH, RETURN, ...) but found 'MTACH'; did you mean MATCH?"),
            ("MATCH (n) RETRUN n", "error 1:11: expected a clause (MATCH, RETURN, ...) but found 'RETRUN'; did you mean RETURN?"),
            ("SELECT 1", "error 1:1: expected a clause (MATCH, RETURN, ...) but found 'SELECT'; did you mean RETURN?"),
            ("banana", "error 1:1: expected a clause (MATCH, RETURN, ...) but found 'banana'"),
            ("", "error 1:1: expected a clause (MATCH, RETURN, ...) but found end of input"),
            ("RETURN 1 MATCH (n)", "error 1:10: RETURN must be the last clause"),
            ("MATCH (n)", "error 1:10: a query must end with RETURN or an updating clause"),
            ("MATCH (n) WITH n;", "error 1:17: a query must end with RETURN or an updating clause"),
            ("RETURN 1 FROM x", "error 1:10: expected the end of the statement after RETURN but found 'FROM'"),
            ("RETURN 1; RETURN 2", "error 1:11: expected the end of the statement but found 'RETURN'"),
            ("RETURN 9223372036854775808", "error 1:8: integer literal too large"),
            ("RETURN 99999999999999999999999", "error 1:8: integer literal too large"),
            ("RETURN -9223372036854775809", "error 1:9: integer literal too large"),
            ("RETURN", "error 1:7: expected an expression or '*' after RETURN"),
            ("RETURN f(1 2)", "error 1:12: expected ')' or ',' after argument"),
            ("RETURN [1 2]", "error 1:11: expected ']' or ',' after list element"),
            ("RETURN {a: 1 b: 2}", "error 1:14: expected '}' or ',' after map entry"),
            ("RETURN {a 1}", "error 1:11: expected ':' after the map key"),
            ("RETURN (1", "error 1:10: expected ')' to close the parenthesised expression"),
            ("RETURN CASE WHEN a THEN 1", "error 1:26: expected WHEN, ELSE or END in CASE"),
            ("RETURN CASE END", "error 1:13: expected WHEN in CASE"),
            ("MATCH (a)-[r->(b) RETURN a", "error 1:13: expected ']' to close the relationship pattern"),
            ("MATCH (a)-[*1.5]->(b) RETURN a", "error 1:13: expected a whole number of hops"),
            ("MATCH (a)-(b) RETURN a", "error 1:11: expected '-' or '->' to close the relationship pattern"),
            ("MATCH a RETURN a", "error 1:7: expected '(' to start a node pattern"),
            ("MATCH RETURN 1", "error 1:7: expected a pattern after MATCH"),
            ("MATCH (n) WHERE RETURN n", "error 1:17: expected an expression after WHERE"),
            ("OPTIONAL (n) RETURN n", "error 1:10: expected MATCH after OPTIONAL"),
            ("MATCH (n) RETURN n ORDER n", "error 1:26: expected BY after ORDER"),
            ("UNWIND [1] x RETURN x", "error 1:12: expected AS after the UNWIND list"),
            ("MATCH (n) WITH n.x RETURN 1", "error 1:16: expression in WITH must be aliased (use AS)"),
            ("MERGE (n) ON DELETE SET n.x = 1", "error 1:14: expected CREATE or MATCH after ON"),
            ("MATCH (n) SET 1 = 2", "error 1:15: expected a property (n.key), a variable or a label after SET"),
            ("MATCH (n) SET n.x 2", "error 1:19: expected '=' after the property to set"),
            ("MATCH (n) DETACH n", "error 1:18: expected DELETE after DETACH"),
            ("RETURN x.", "error 1:10: expected a property name after '.'"),
            ("RETURN [x IN l WHERE x | ]", "error 1:26: expected an expression after '|'"),
            ("RETURN all(x IN l)", "error 1:18: expected WHERE in all(...)"),
            ("RETURN EXISTS { (a)--(b) ", "error 1:26: expected '}' to close EXISTS"),
            ("RETURN NOT", "error 1:11: expected an expression after NOT"),
            ("RETURN 1 AND", "error 1:13: expected an expression after 'AND'"),
            ("RETURN a STARTS WITH", "error 1:21: expected an expression after 'STARTS WITH'"),
            ("RETURN l[1", "error 1:11: expected ']' or '..' after the subscript"),
            ("RETURN 1\n  +\n  * 2", "error 3:3: expected an expression after '+'"),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(TestSupport.parse(text), expected, "parsing \(text)")
        }
    }

    func testPositionsAreOffsetByTheStatementsPlaceInItsScript() {
        let start = SourceLocation(file: "q.cypher", line: 7, column: 11)
        XCTAssertThrowsError(try Parser.parse("RETURN 1 +\n  )", startingAt: start)) { error in
            XCTAssertEqual((error as? SyntaxError)?.description, "q.cypher:8:3: expected an expression after '+'")
        }
        XCTAssertThrowsError(try Parser.parse("RETURN 1 + )", file: "x", startingAt: start)) { error in
            XCTAssertEqual((error as? SyntaxError)?.description, "x:7:22: expected an expression after '+'")
        }
    }

    func testSplitterAndParserTogetherReportScriptPositions() {
        let items = ScriptSplitter.split("RETURN 1;\n  // next\n  RETURN 1 + ;", file: "s.cypher")
        guard case .statement(let text, let location)? = items.last else { return XCTFail("no statement") }
        XCTAssertThrowsError(try Parser.parse(text, startingAt: location)) { error in
            XCTAssertEqual((error as? SyntaxError)?.rendered,
                           "s.cypher:3:13: expected an expression after '+'\nRETURN 1 +\n          ^")
        }
    }

    func testRenderedShowsTheLineAndACaret() {
        let cases: [(String, String)] = [
            ("MATCH (n {name: 'x'}\nRETURN n", "f:2:1: expected ')' or ',' after property map\nRETURN n\n^"),
            ("RETURN 1 + )", "f:1:12: expected an expression after '+'\nRETURN 1 + )\n           ^"),
            ("RETURN '中文' + )", "f:1:15: expected an expression after '+'\nRETURN '中文' + )\n                ^"),
            ("\tRETURN §", "f:1:9: unknown character '§'\n\tRETURN §\n\t       ^"),
            ("RETURN 1 +", "f:1:11: expected an expression after '+'\nRETURN 1 +\n          ^"),
            ("RETURN 1 +\r\n", "f:2:1: expected an expression after '+'"),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try Parser.parse(text, file: "f")) { error in
                XCTAssertEqual((error as? SyntaxError)?.rendered, expected, "rendering \(text)")
            }
        }
    }

    func testRenderedCaretForAStatementStartingMidLine() {
        XCTAssertThrowsError(try Parser.parse("RETURN §", startingAt: SourceLocation(line: 2, column: 11))) { error in
            let syntaxError = error as? SyntaxError
            XCTAssertEqual(syntaxError?.sourceLineColumn, 11)
            XCTAssertEqual(syntaxError?.rendered, "2:18: unknown character '§'\nRETURN §\n       ^")
        }
    }
}
