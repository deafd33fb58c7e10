import XCTest

/// The warnings a newcomer gets instead of a silent empty answer, over the bundled graph, as the issue lists
/// the traps: an alias, a Chinese name, another label, another case, a number compared with text.
final class AnswerAdvisorTests: XCTestCase {
    private let cases: [(query: String, warnings: [String])] = [
        ("MATCH (p {name: 'EU'}) RETURN p",
         ["no node has name 'EU'; 'European Union' (PartnerGroup) has the alias 'EU': use {name: 'European Union'} or 'EU' IN p.aliases"]),
        ("MATCH (p {name: '欧盟'}) RETURN p",
         ["no node has name '欧盟'; '欧盟' is the Chinese name of 'European Union' (PartnerGroup): use {name: 'European Union'} or {name_zh: '欧盟'}"]),
        ("MATCH (p:Partner {name: 'European Union'}) RETURN p",
         ["no Partner has name 'European Union'; 'European Union' is a PartnerGroup, not a Partner: use (:PartnerGroup {name: 'European Union'}) or (p {name: 'European Union'})"]),
        ("MATCH (p:Partner) WHERE p.name = 'germany' RETURN p",
         ["no Partner has name 'germany'; 'Germany' differs only in case: use p.name = 'Germany' or toLower(p.name) = 'germany'"]),
        ("MATCH (m:Measurement) WHERE m.period = 2025 RETURN m",
         ["m.period holds text (e.g. '2025'), so comparing it with the number 2025 is never true; write m.period = '2025'"]),
        ("MATCH (m:Measurement {line: '44'}) RETURN m",
         ["{line: …} holds numbers (e.g. 44), so comparing it with the text '44' is never true; write {line: 44}"]),
        // Found: nothing to say. Not a name of anything: nothing to suggest.
        ("MATCH (p:PartnerGroup {name: 'European Union'}) RETURN p.id", []),
        ("MATCH (p:Partner {name: 'Atlantis'}) RETURN p", []),
    ]

    func testWarningsForConditionsThatFindNothing() throws {
        let engine = try EngineHarness(bundled: ()).engine
        for item in cases {
            XCTAssertEqual(try engine.run(item.query).warnings, item.warnings, item.query)
        }
    }

    func testANumberAgainstTextWarnsEvenWhenOtherRowsMatch() throws {
        let engine = try EngineHarness(bundled: ()).engine
        let result = try engine.run("MATCH (m:Measurement) WHERE m.period = 2025 OR m.id = 'fy25en-l44-1' RETURN m.id")
        XCTAssertEqual(result.rows.count, 1)
        XCTAssertEqual(result.warnings.count, 1)
    }
}
