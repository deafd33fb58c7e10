import XCTest
import QueryAST
import QueryParser

final class ExpressionParsingTests: XCTestCase {
    func testLiteralsAndAtoms() {
        let cases: [(String, String)] = [
            ("42", "42"), ("-42", "-42"), ("0x1F", "31"), ("0o17", "15"), ("1.5", "1.5f"), ("-.5", "-0.5f"),
            ("9223372036854775807", "9223372036854775807"), ("-9223372036854775808", "-9223372036854775808"),
            ("'text'", "'text'"), ("\"text\"", "'text'"), ("true", "true"), ("FALSE", "false"), ("null", "null"),
            ("[]", "[]"), ("[1, 'a', [2]]", "[1 'a' [2]]"), ("{}", "{}"), ("{a: 1, `b c`: 2, end: 3}", "{a: 1, b c: 2, end: 3}"),
            ("$p", "$p"), ("$0", "$0"), ("n", "n"), ("`weird name`", "weird name"),
            ("n.name", "(. n name)"), ("n.end", "(. n end)"), ("n['key']", "([] n 'key')"), ("l[0][1]", "([] ([] l 0) 1)"),
            ("l[1..3]", "([..] l 1 3)"), ("l[..3]", "([..] l _ 3)"), ("l[1..]", "([..] l 1 _)"),
            ("n:Person", "(: n Person)"), ("n:A:B", "(: n A B)"), ("n.x.y", "(. (. n x) y)"),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(TestSupport.expression(text), expected, "parsing \(text)")
        }
    }

    func testFunctionsAndCompoundExpressions() {
        let cases: [(String, String)] = [
            ("count(*)", "count(*)"), ("COUNT( * )", "count(*)"), ("count(n)", "(call count n)"),
            ("count(DISTINCT n.x)", "(call count distinct (. n x))"), ("rand()", "(call rand)"),
            ("substring('abc', 1, 2)", "(call substring 'abc' 1 2)"),
            ("period.contains('2025-H1', '2025-Q1')", "(call period.contains '2025-H1' '2025-Q1')"),
            ("period.start(p)", "(call period.start p)"), ("period.end(p)", "(call period.end p)"),
            ("fmt.amount(v, u)", "(call fmt.amount v u)"), ("exists(n.x)", "(call exists (. n x))"),
            ("CASE WHEN a THEN 1 WHEN b THEN 2 ELSE 3 END", "(case (when a 1) (when b 2) (else 3))"),
            ("CASE x WHEN 1 THEN 'one' END", "(case x (when 1 'one'))"),
            ("[x IN l WHERE x > 1 | x * 2]", "(comp x l (> x 1) (* x 2))"),
            ("[x IN l WHERE x > 1]", "(comp x l (> x 1) _)"), ("[x IN l | x.name]", "(comp x l _ (. x name))"),
            ("[x IN l]", "(comp x l _ _)"),
            ("all(x IN l WHERE x > 0)", "(all x l (> x 0))"), ("ANY(x IN l WHERE x)", "(any x l x)"),
            ("none(x IN l WHERE x)", "(none x l x)"), ("single(x IN l WHERE x)", "(single x l x)"),
            ("all(l)", "(call all l)"),
            ("(a)-[:R]->(:L)", "(pattern (a)-[:R]->(:L))"), ("(a)<--(b)", "(pattern (a)<-[]-(b))"),
            ("(a)--()", "(pattern (a)-[]-())"), ("(a)", "a"), ("(a:L)", "(: a L)"), ("(1 + 2)", "(+ 1 2)"),
            ("EXISTS { MATCH (a)-->(b) WHERE b.x = 1 }", "(exists (a)-[]->(b) where (= (. b x) 1))"),
            ("exists { (a)-[:R]->() }", "(exists (a)-[:R]->())"),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(TestSupport.expression(text), expected, "parsing \(text)")
        }
    }

    func testPrecedence() {
        let cases: [(String, String)] = [
            ("a OR b XOR c AND d", "(OR a (XOR b (AND c d)))"),
            ("a AND b OR c", "(OR (AND a b) c)"),
            ("NOT a AND b", "(AND (NOT a) b)"),
            ("NOT a = b", "(NOT (= a b))"),
            ("NOT NOT a", "(NOT (NOT a))"),
            ("a AND NOT b OR c", "(OR (AND a (NOT b)) c)"),
            ("a = b + 1", "(= a (+ b 1))"),
            ("a < b < c", "(AND (< a b) (< b c))"),
            ("a = b <> c <= d", "(AND (AND (= a b) (<> b c)) (<= c d))"),
            ("a < b AND c > d", "(AND (< a b) (> c d))"),
            ("x IN [1] = true", "(= (IN x [1]) true)"),
            ("a + b STARTS WITH c", "(STARTS WITH (+ a b) c)"),
            ("s ENDS WITH 'x' AND s CONTAINS 'y'", "(AND (ENDS WITH s 'x') (CONTAINS s 'y'))"),
            ("s =~ 'a.*' OR t", "(OR (=~ s 'a.*') t)"),
            ("a.x IS NULL AND b IS NOT NULL", "(AND (IS NULL (. a x)) (IS NOT NULL b))"),
            ("a + b IS NULL", "(IS NULL (+ a b))"),
            ("1 + 2 * 3 - 4 / 5 % 6", "(- (+ 1 (* 2 3)) (% (/ 4 5) 6))"),
            ("1 - 2 - 3", "(- (- 1 2) 3)"),
            ("2 ^ 3 ^ 2", "(^ (^ 2 3) 2)"),
            ("2 * 3 ^ 2", "(* 2 (^ 3 2))"),
            ("-2 ^ 2", "(^ -2 2)"),
            ("-a ^ 2", "(^ (- a) 2)"),
            ("- -a", "(- (- a))"),
            ("+a", "(+ a)"),
            ("-n.x", "(- (. n x))"),
            ("-a * b", "(* (- a) b)"),
            ("x<-1", "(< x -1)"),
            ("x <- 1", "(< x -1)"),
            ("(1 + 2) * 3", "(* (+ 1 2) 3)"),
            ("n:A AND m:B", "(AND (: n A) (: m B))"),
            ("a[0].x", "(. ([] a 0) x)"),
            ("a = NOT b", "(= a (NOT b))"),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(TestSupport.expression(text), expected, "parsing \(text)")
        }
    }

    func testPatternPredicateInWhere() {
        XCTAssertEqual(TestSupport.parse("MATCH (a) WHERE (a)-[:MEMBER_OF]->(:PartnerGroup) RETURN a"),
                       "(query (match (a) where (pattern (a)-[:MEMBER_OF]->(:PartnerGroup))) (return a))")
        XCTAssertEqual(TestSupport.parse("MATCH (a) WHERE NOT (a)-->() AND (a.x) > 1 RETURN a"),
                       "(query (match (a) where (AND (NOT (pattern (a)-[]->())) (> (. a x) 1))) (return a))")
        XCTAssertEqual(TestSupport.parse("MATCH (a) WHERE (a) < -1 RETURN a"),
                       "(query (match (a) where (< a -1)) (return a))")
    }

    func testColumnNamesAreTheTextAsWritten() throws {
        let statement = try Parser.parse("""
            RETURN n.name, count( * ), a  +  b AS sum, (1+2), [x IN l | x] , f( 'a;b' ), -1, x IS NOT NULL, CASE
              WHEN a THEN 1 END, 1 < 2 < 3
            """)
        guard case .return(let projection) = statement.parts[0].clauses[0] else { return XCTFail("no RETURN") }
        XCTAssertEqual(projection.items.map(\.name), ["n.name", "count( * )", "sum", "(1+2)", "[x IN l | x]",
                                                      "f( 'a;b' )", "-1", "x IS NOT NULL", "CASE\n  WHEN a THEN 1 END",
                                                      "1 < 2 < 3"])
    }

    func testExpressionLocations() throws {
        let statement = try Parser.parse("RETURN 1,\n  中文.x + 2", startingAt: .init(file: "s", line: 3, column: 5))
        guard case .return(let projection) = statement.parts[0].clauses[0],
              case .binary(_, let left, let right) = projection.items[1].expression.kind else { return XCTFail("shape") }
        XCTAssertEqual(projection.items[0].expression.location.description, "s:3:12")
        XCTAssertEqual(projection.items[1].expression.location.description, "s:4:3")
        XCTAssertEqual(left.location.description, "s:4:3")
        XCTAssertEqual(right.location.description, "s:4:10")
        XCTAssertEqual(right.text, "2")
        XCTAssertEqual(left.text, "中文.x")
    }

    func testChainedComparisonKeepsEachPairsText() throws {
        let expression = try Parser.parseExpression("a < b <= c")
        guard case .binary(.and, let first, let second) = expression.kind else { return XCTFail("shape") }
        XCTAssertEqual([expression.text, first.text, second.text], ["a < b <= c", "a < b", "b <= c"])
    }

    func testStandaloneExpression() throws {
        XCTAssertEqual(ASTDescription.of(try Parser.parseExpression("{since: 2020} ")), "{since: 2020}")
        XCTAssertThrowsError(try Parser.parseExpression("1 2"))
    }
}
