import XCTest

/// Operators and literals, including openCypher's null and type rules.
final class ExpressionTests: XCTestCase {
    private let cases: [(expression: String, result: String)] = [
        // arithmetic: integers stay integers, floats spread, integer division truncates
        ("1 + 2", "3"), ("7 / 2", "3"), ("-7 / 2", "-3"), ("7 % 3", "1"), ("7.0 / 2", "3.5"), ("2 ^ 3", "8.0"),
        ("1 + 2.5", "3.5"), ("10 - 2 * 3", "4"), ("(10 - 2) * 3", "24"), ("-(3)", "-3"), ("1.0 / 0", "Infinity"),
        // strings and lists
        ("'a' + 'b'", "'ab'"), ("'a' + 1", "'a1'"), ("[1, 2] + [3]", "[1, 2, 3]"), ("[1] + 2", "[1, 2]"),
        // null propagates
        ("null + 1", "null"), ("null = null", "null"), ("null <> 1", "null"), ("1 < null", "null"),
        // three-valued logic
        ("true AND null", "null"), ("false AND null", "false"), ("true OR null", "true"), ("false OR null", "null"),
        ("null XOR true", "null"), ("NOT null", "null"), ("true XOR false", "true"),
        // comparison
        ("1 = 1.0", "true"), ("'a' < 'b'", "true"), ("1 < 'a'", "null"), ("[1, 2] = [1, 2]", "true"),
        ("[1, null] = [1, null]", "null"), ("[1, 2] = [1, 3]", "false"), ("1 < 2 < 3", "true"), ("3 > 2 > 2", "false"),
        // IN with nulls
        ("2 IN [1, 2, 3]", "true"), ("4 IN [1, 2, 3]", "false"), ("4 IN [1, null]", "null"), ("1 IN [1, null]", "true"),
        ("null IN []", "false"), ("1 IN null", "null"),
        // string predicates and regular expressions
        ("'Vietnam' STARTS WITH 'Viet'", "true"), ("'Vietnam' ENDS WITH 'nam'", "true"), ("'ASEAN' CONTAINS 'SEA'", "true"),
        ("null STARTS WITH 'a'", "null"), ("'2025-Q1' =~ '2025-Q[1-4]'", "true"), ("'2025-Q12' =~ '2025-Q[1-4]'", "false"),
        // IS NULL
        ("null IS NULL", "true"), ("1 IS NOT NULL", "true"),
        // lists: index, negative index, slices
        ("[1, 2, 3][0]", "1"), ("[1, 2, 3][-1]", "3"), ("[1, 2, 3][5]", "null"), ("[1, 2, 3, 4][1..3]", "[2, 3]"),
        ("[1, 2, 3][..-1]", "[1, 2]"), ("[1, 2, 3][2..]", "[3]"), ("{a: 1}['a']", "1"), ("{a: {b: 2}}.a.b", "2"),
        // CASE
        ("CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END", "'two'"),
        ("CASE WHEN 1 > 2 THEN 'yes' END", "null"), ("CASE WHEN null THEN 1 ELSE 2 END", "2"),
        // comprehensions and quantifiers
        ("[x IN [1, 2, 3, 4] WHERE x % 2 = 0 | x * 10]", "[20, 40]"), ("[x IN [1, 2] | x + 1]", "[2, 3]"),
        ("all(x IN [1, 2] WHERE x > 0)", "true"), ("any(x IN [1, 2] WHERE x > 1)", "true"),
        ("none(x IN [1, 2] WHERE x > 5)", "true"), ("single(x IN [1, 2] WHERE x > 1)", "true"),
        ("all(x IN [1, null] WHERE x > 0)", "null"), ("any(x IN [] WHERE x > 0)", "false"),
        // maps
        ("{b: 1, a: 'x'}", "{a: 'x', b: 1}"),
    ]

    func testOperators() throws {
        let harness = try EngineHarness()
        for item in cases {
            XCTAssertEqual(try harness.value("RETURN \(item.expression) AS v"), item.result, item.expression)
        }
    }

    func testRuntimeErrorsNameTheExpressionsPosition() throws {
        let harness = try EngineHarness()
        let cases: [(statement: String, error: String)] = [
            ("RETURN 1 - 'a'", "1:8: cannot apply '-' to Integer and String"),
            ("RETURN 1 / 0", "1:8: integer division by zero"),
            ("RETURN 5 % 0", "1:8: integer modulo by zero"),
            ("RETURN 9223372036854775807 + 1", "1:8: integer overflow in 9223372036854775807 + 1"),
            ("RETURN 2 * 4611686018427387904", "1:8: integer overflow in 2 * 4611686018427387904"),
            ("RETURN NOT 1", "1:8: NOT needs a boolean, not a Integer"),
            ("RETURN 1 AND true", "1:8: AND needs booleans, not a Integer"),
            ("RETURN 1 IN 2", "1:8: IN needs a list on its right, not a Integer"),
            ("RETURN 'a'.x", "1:8: cannot read property 'x' of a String"),
            ("RETURN\n  nosuch(1)", "2:3: unknown function 'nosuch'"),
            ("RETURN toUppr('a')", "1:8: unknown function 'toUppr'; did you mean 'toUpper'?"),
            ("RETURN size(1, 2)", "1:8: size() takes 1 argument(s), not 2"),
            ("RETURN $missing", "1:8: parameter $missing is not set; set it with :param missing => value"),
            ("RETURN x", "1:8: variable 'x' is not defined"),
            ("WITH 1 AS total RETURN totl", "1:24: variable 'totl' is not defined; did you mean 'total'?"),
            ("RETURN '2025' =~ '['", "1:18: invalid regular expression '['"),
        ]
        for item in cases { XCTAssertEqual(harness.error(item.statement), item.error, item.statement) }
    }

    func testParametersAreUsable() throws {
        let harness = try EngineHarness()
        harness.engine.parameters["n"] = .int(41)
        XCTAssertEqual(try harness.value("RETURN $n + 1 AS v"), "42")
    }
}
