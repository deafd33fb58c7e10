import GraphModel
@testable import Shell
import XCTest

final class EntitySearchTests: XCTestCase {
    func testRanksExactThenPrefixThenWordThenSubstringThenTypo() {
        let cases: [(String, String, SearchRank?)] = [
            ("asean", "asean", .exact),
            ("association of southeast asian nations", "assoc", .prefix),
            ("viet nam", "nam", .wordPrefix),
            ("european union", "pean", .substring),
            ("vietnam", "vietnm", .typo(1)),
            ("asean", "asaen", .typo(1)),
            // Short words get no two-edit matches: "chips" is not China or Macao.
            ("china", "chips", nil), ("macao", "chips", nil), ("china", "chin", .prefix),
            ("ships and offshore engineering equipment", "chips", .typo(1)),
            ("international", "internatoinal", .typo(1)), ("international", "intrnatonal", .typo(2)),
            // Every word of a multi-word text, anywhere in the name.
            ("island-wide special customs operations of the hainan free trade port", "hainan special customs", .wordPrefix),
            ("island-wide special customs operations of the hainan free trade port", "hainan special tariffs", nil),
            ("hainan free trade port", "hainan fre trade", .wordPrefix),
            ("欧盟", "欧", .prefix),
            ("中国-东盟自贸区", "东盟", .wordPrefix),
            ("海南自由贸易港", "自由", .substring),
            ("ev", "eu", nil),
            ("europe", "africa", nil),
        ]
        for (name, query, rank) in cases {
            XCTAssertEqual(SearchRank.of(name, for: query), rank, "\(query) in \(name)")
        }
    }

    func testBestFirstEachEntityOnceUnderItsBestName() throws {
        let search = EntitySearch(store: try Fixture.store())
        let eu = search.matches(for: "eu")
        XCTAssertEqual(eu.map(\.matched), ["EU", "Europe"])
        XCTAssertEqual(eu.map(\.rank), [.exact, .prefix])
        let hainan = search.matches(for: "海南")
        XCTAssertEqual(hainan.map(\.matched), ["海南", "海南自由贸易港"])
        XCTAssertEqual(search.matches(for: "vietnm").map(\.matched), ["Vietnam"])
        XCTAssertEqual(search.matches(for: "  "), [])
    }

    func testSearchCommandPrintsARankedResult() throws {
        let captured = Captured()
        let session = captured.session(try Fixture.store())
        session.format = .csv
        XCTAssertTrue(session.run(script: ":search eu", file: nil))
        XCTAssertEqual(captured.output, """
            name,name_zh,label,id,matched,match
            European Union,欧盟,PartnerGroup,eu,EU,exact
            Europe,欧洲,PartnerGroup,europe,Europe,prefix

            """)
    }
}
