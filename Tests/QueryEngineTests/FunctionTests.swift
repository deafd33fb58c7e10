import XCTest

/// Each built-in function, with its null and edge cases.
final class FunctionTests: XCTestCase {
    private let cases: [(call: String, result: String)] = [
        ("size([1, 2, 3])", "3"), ("size('中国')", "2"), ("size(null)", "null"),
        ("head([1, 2])", "1"), ("last([1, 2])", "2"), ("tail([1, 2, 3])", "[2, 3]"), ("head([])", "null"),
        ("range(1, 5)", "[1, 2, 3, 4, 5]"), ("range(0, 10, 5)", "[0, 5, 10]"), ("range(5, 1, -2)", "[5, 3, 1]"), ("range(3, 1)", "[]"),
        ("reverse([1, 2, 3])", "[3, 2, 1]"), ("reverse('abc')", "'cba'"),
        ("coalesce(null, null, 3, 4)", "3"), ("coalesce(null)", "null"),
        ("toString(1)", "'1'"), ("toString(1.5)", "'1.5'"), ("toString(2.0)", "'2.0'"), ("toString(true)", "'true'"),
        ("toInteger('42')", "42"), ("toInteger('4.7')", "4"), ("toInteger(-4.7)", "-4"), ("toInteger('x')", "null"),
        ("toFloat('3.8')", "3.8"), ("toFloat(2)", "2.0"), ("toFloat('x')", "null"),
        ("toBoolean('TRUE')", "true"), ("toBoolean('no')", "null"),
        ("abs(-3)", "3"), ("abs(-3.5)", "3.5"), ("round(2.5)", "3.0"), ("round(-2.5)", "-3.0"), ("round(3.14159, 2)", "3.14"),
        ("ceil(1.2)", "2.0"), ("floor(1.8)", "1.0"), ("sqrt(16)", "4.0"), ("sign(-2)", "-1"), ("sign(0.0)", "0"),
        ("toUpper('asean')", "'ASEAN'"), ("toLower('ASEAN')", "'asean'"), ("trim('  a b ')", "'a b'"),
        ("split('a,b,c', ',')", "['a', 'b', 'c']"), ("substring('Vietnam', 4)", "'nam'"), ("substring('Vietnam', 0, 4)", "'Viet'"),
        ("replace('2025-S1', 'S', 'H')", "'2025-H1'"), ("left('中国海关', 2)", "'中国'"), ("right('Vietnam', 3)", "'nam'"),
        ("keys({b: 1, a: 2})", "['a', 'b']"), ("properties({a: 1})", "{a: 1}"),
        ("period.contains('2025-H1', '2025-Q1')", "true"), ("period.contains('2025', '2025-H1')", "true"),
        ("period.contains('2025-Q1', '2025-H1')", "false"), ("period.contains('2021/2025', '2023-07')", "true"),
        ("period.start('2025-Q2')", "'2025-04-01'"), ("period.end('2024-02')", "'2024-02-29'"),
        ("period.end('2025-12-18/2026-01-10')", "'2026-01-10'"),
        ("fmt.amount(45470000000000, 'CNY')", "'45.47 trillion yuan'"), ("fmt.amount(3.8, 'percent')", "'3.8%'"),
        ("fmt.amount(1.4, 'pp')", "'1.4 pp'"), ("fmt.amount(780000, 'enterprises')", "'780,000 enterprises'"),
        ("fmt.amount(780000, 'enterprises', 'over')", "'over 780,000 enterprises'"),
    ]

    func testScalarFunctions() throws {
        let harness = try EngineHarness()
        for item in cases { XCTAssertEqual(try harness.value("RETURN \(item.call) AS v"), item.result, item.call) }
    }

    func testFunctionErrors() throws {
        let harness = try EngineHarness()
        XCTAssertEqual(harness.error("RETURN period.start('2025-13')"),
                       "1:8: period.start(): invalid period '2025-13': '13' is no month (01-12), half (H1, H2) or quarter (Q1-Q4)")
        XCTAssertEqual(harness.error("RETURN range(1, 100000000000)"), "1:8: range() would build more than 10000000 elements")
        XCTAssertEqual(harness.error("RETURN toUpper(1)"), "1:8: toUpper() expects a string, not a Integer")
    }

    func testAggregates() throws {
        let harness = try EngineHarness()
        let cases: [(query: String, result: String)] = [
            ("UNWIND [1, 2, null, 3] AS x RETURN count(x) AS v", "3"),
            ("UNWIND [1, 2, null, 3] AS x RETURN count(*) AS v", "4"),
            ("UNWIND [1, 1, 2] AS x RETURN count(DISTINCT x) AS v", "2"),
            ("UNWIND [1, 2, 3] AS x RETURN sum(x) AS v", "6"),
            ("UNWIND [1, 2.5] AS x RETURN sum(x) AS v", "3.5"),
            ("UNWIND [1, 2, 3, 4] AS x RETURN avg(x) AS v", "2.5"),
            ("UNWIND [3, 1, 2] AS x RETURN min(x) AS v", "1"),
            ("UNWIND ['b', 'a'] AS x RETURN max(x) AS v", "'b'"),
            // min and max keep the first of equal values, across types in openCypher's order, nulls skipped.
            ("UNWIND [1, 1.0, 0.5] AS x RETURN max(x) AS v", "1"),
            ("UNWIND [2.0, 2, 3] AS x RETURN min(x) AS v", "2.0"),
            ("UNWIND [2, 'a', null, 3.5, 1] AS x RETURN [max(x), min(x)] AS v", "[3.5, 'a']"),
            ("UNWIND [null, null] AS x RETURN max(x) AS v", "null"),
            ("UNWIND [1, null, 2] AS x RETURN collect(x) AS v", "[1, 2]"),
            ("UNWIND [2, 4, 4, 4, 5, 5, 7, 9] AS x RETURN stDevP(x) AS v", "2.0"),
            ("UNWIND [1, 2, 3, 4] AS x RETURN percentileCont(x, 0.5) AS v", "2.5"),
            ("UNWIND [1, 2, 3, 4] AS x RETURN percentileDisc(x, 0.5) AS v", "2"),
            ("UNWIND [] AS x RETURN count(x) AS v", "0"),
            ("UNWIND [] AS x RETURN sum(x) AS v", "0"),
            ("UNWIND [] AS x RETURN avg(x) AS v", "null"),
            ("UNWIND [] AS x RETURN collect(x) AS v", "[]"),
            ("UNWIND [1, 2, 3] AS x RETURN count(*) + 1 AS v", "4"),
        ]
        for item in cases { XCTAssertEqual(try harness.value(item.query), item.result, item.query) }
        XCTAssertEqual(harness.error("MATCH (n) WHERE count(n) > 1 RETURN n"),
                       "1:17: aggregate functions are not allowed in WHERE; aggregate in a WITH first")
    }
}
