import GraphModel
import ResultFormat
import XCTest

final class ValueTextTests: XCTestCase {
    func testScalars() throws {
        let fixture = try TradeFixture()
        let cases: [(Value, String)] = [
            (.null, "null"), (.bool(true), "true"), (.bool(false), "false"),
            (.int(42), "42"), (.int(-7), "-7"), (.int(Int64.max), "9223372036854775807"),
            (.float(1), "1.0"), (.float(45_470_000_000_000), "45470000000000.0"), (.float(3.8), "3.8"),
            (.float(-0.5), "-0.5"), (.float(1e16), "1e+16"), (.float(0.1 + 0.2), "0.30000000000000004"),
            (.float(.nan), "NaN"), (.float(.infinity), "Infinity"), (.float(-.infinity), "-Infinity"),
            (.string("东盟"), "东盟"), (.string("it's"), "it's"), (.string(""), ""),
        ]
        for (value, text) in cases {
            XCTAssertEqual(fixture.cell(value), text, "\(value)")
        }
    }

    func testCollectionsQuoteNestedStringsAndSortKeys() throws {
        let fixture = try TradeFixture()
        let cases: [(Value, String)] = [
            (.list([.int(1), .string("a")]), "[1, 'a']"),
            (.list([]), "[]"),
            (.list([.string("it's"), .string("back\\slash"), .string("two\nlines")]), #"['it\'s', 'back\\slash', 'two\nlines']"#),
            (.map(["z": .int(1), "a": .list([.float(2), .null])]), "{a: [2.0, null], z: 1}"),
            (.map(["my key": .int(1), "名称": .string("东盟")]), "{`my key`: 1, 名称: '东盟'}"),
            (.map([:]), "{}"),
        ]
        for (value, text) in cases {
            XCTAssertEqual(fixture.cell(value), text, "\(value)")
        }
    }

    func testGraphElements() throws {
        let fixture = try TradeFixture()
        let bare = try fixture.store.createNode(labels: [])
        let twoLabels = try fixture.store.createNode(labels: ["Partner", "Economy"], properties: [("rank", .int(1))])
        let forward = TradeFixture.vietnamText + "-" + TradeFixture.membershipText + "->" + TradeFixture.aseanText
        let backward = TradeFixture.aseanText + "<-" + TradeFixture.membershipText + "-" + TradeFixture.vietnamText
        let cases: [(Value, String)] = [
            (.node(fixture.asean), TradeFixture.aseanText),
            (.node(fixture.vietnam), TradeFixture.vietnamText),
            (.node(bare), "()"),
            (.node(twoLabels), "(:Partner:Economy {rank: 1})"),
            (.relationship(fixture.membership), TradeFixture.membershipText),
            (fixture.forwardPath, forward),
            (fixture.backwardPath, backward),
            (.path(GraphPath(nodes: [fixture.asean], relationships: [])), TradeFixture.aseanText),
            (.list([.node(bare)]), "[()]"),
        ]
        for (value, text) in cases {
            XCTAssertEqual(fixture.cell(value), text, "\(value)")
        }
    }
}
