import GraphModel
import ResultFormat
import XCTest

final class JSONRendererTests: XCTestCase {
    func testIntegersFloatsAndNonFiniteNumbers() throws {
        let fixture = try TradeFixture()
        let row: [Value] = [
            .int(1), .float(1), .float(3.8), .float(45_470_000_000_000), .float(1e16),
            .float(.nan), .float(.infinity), .float(-.infinity), .int(-9),
        ]
        XCTAssertEqual(fixture.render(.json, ["i", "f", "g", "big", "huge", "nan", "inf", "ninf", "neg"], [row]),
                       #"{"columns": ["i", "f", "g", "big", "huge", "nan", "inf", "ninf", "neg"], "#
                           + #""rows": [[1, 1.0, 3.8, 45470000000000.0, 1e+16, NaN, Infinity, -Infinity, -9]]}"# + "\n")
    }

    func testValues() throws {
        let fixture = try TradeFixture()
        let cases: [(Value, String)] = [
            (.null, "null"), (.bool(true), "true"), (.bool(false), "false"),
            (.string("东盟"), #""东盟""#),
            (.string("q\"b\\s\nn\r\tt\u{1}\u{1F}\u{8}\u{C}é"), #""q\"b\\s\nn\r\tt\u0001\u001F\b\fé""#),
            (.list([.int(1), .string("a"), .null, .list([])]), #"[1, "a", null, []]"#),
            (.map(["b": .int(2), "a": .bool(true), "名": .float(0.5)]), #"{"a": true, "b": 2, "名": 0.5}"#),
            (.map([:]), "{}"),
            (.node(fixture.asean), TradeFixture.aseanJSON),
            (.relationship(fixture.membership), TradeFixture.membershipJSON),
            (fixture.forwardPath, #"{"~type": "path", "nodes": ["# + TradeFixture.vietnamJSON + ", "
                + TradeFixture.aseanJSON + #"], "relationships": ["# + TradeFixture.membershipJSON + "]}"),
        ]
        for (value, json) in cases {
            XCTAssertEqual(fixture.render(.json, ["v"], [[value]]), #"{"columns": ["v"], "rows": [["# + json + "]]}\n",
                           "\(value)")
        }
    }

    func testColumnNamesAreEscapedAndRowsKeepTheirOrder() throws {
        let fixture = try TradeFixture()
        let rows: [[Value]] = [[.string("ASEAN"), .float(7.5)], [.string("Vietnam"), .int(12)]]
        XCTAssertEqual(fixture.render(.json, ["n.name", "sum(\"x\")"], rows),
                       #"{"columns": ["n.name", "sum(\"x\")"], "rows": [["ASEAN", 7.5], ["Vietnam", 12]]}"# + "\n")
    }

    func testPropertiesWithoutValueAreLeftOut() throws {
        let fixture = try TradeFixture()
        try fixture.store.setProperty("name", to: .null, of: fixture.vietnam)
        XCTAssertEqual(fixture.render(.json, ["n"], [[.node(fixture.vietnam)]]),
                       #"{"columns": ["n"], "rows": [[{"~type": "node", "id": 1, "labels": ["Partner"], "#
                           + #""properties": {"id": "vietnam"}}]]}"# + "\n")
    }

    func testEmptyResults() throws {
        let fixture = try TradeFixture()
        XCTAssertEqual(fixture.render(.json, [], []), #"{"columns": [], "rows": []}"# + "\n")
        XCTAssertEqual(fixture.render(.json, ["n"], []), #"{"columns": ["n"], "rows": []}"# + "\n")
    }

    func testJSONLinesKeysEachRowByColumn() throws {
        let fixture = try TradeFixture()
        let rows: [[Value]] = [
            [.string("ASEAN"), .float(7.5), .node(fixture.asean)],
            [.string("Vietnam"), .int(12), .null],
        ]
        XCTAssertEqual(fixture.render(.jsonl, ["name", "value", "n"], rows),
                       #"{"name": "ASEAN", "value": 7.5, "n": "# + TradeFixture.aseanJSON + "}\n"
                           + #"{"name": "Vietnam", "value": 12, "n": null}"# + "\n")
        XCTAssertEqual(fixture.render(.jsonl, ["name"], []), "")
        XCTAssertEqual(fixture.render(.jsonl, [], []), "")
    }
}
