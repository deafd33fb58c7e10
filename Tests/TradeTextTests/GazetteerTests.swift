@testable import TradeText
import XCTest

/// Entities found by every name people use, in running English and in Chinese without spaces.
final class GazetteerTests: XCTestCase {
    private let cases: [(text: String, ids: [String])] = [
        ("How much did trade with the EU grow?", ["eu"]),
        ("European Union growth Q1", ["eu"]),
        ("exports to the U.S.", ["united-states"]),
        ("United States", ["united-states"]),
        ("tell us about ASEAN", ["asean"]),
        ("2025年我国对东盟进出口是多少？", ["china", "asean"]),
        ("欧盟", ["eu"]),
        ("美国", ["united-states"]),
        ("一季度民营企业进出口增长多少", ["private-enterprises"]),
        ("去年新能源车销量", ["new-energy-vehicles"]),
        ("foreign firms' trade growth", ["foreign-invested-enterprises"]),
        ("exports by state-owned companies", ["state-owned-enterprises"]),
        ("agricultural goods imports", ["agricultural-products"]),
        ("growth of specialised equipment exports", ["special-purpose-equipment"]),
        ("the World Trade Organisation's forecast", ["wto"]),
        ("光伏出口", ["photovoltaic-products"]),
        ("锂电出口增长", ["lithium-ion-batteries"]),
        ("全球智慧海关合作平台", ["global-smart-customs-cooperation-platform"]),
        // Two-character short names match inside other words in running Chinese: 国企 is in 各国企业, 外企 in 海外企业,
        // so the graph does not give them as aliases.
        ("成为世界各国企业通向中国的入海口", ["world", "china"]),
        ("cap per abandoned-mine restoration project", ["abandoned-mine-restoration"]),
        ("offshore duty-free sales in Hainan", ["hainan-offshore-duty-free-shopping", "hainan"]),
        ("trade with BRI countries", ["bri-partner-countries"]),
        // A one-character name is found only between a word that introduces a partner and a trade word.
        ("其中，对美出口下降了20%", ["united-states"]),
        ("中日贸易额增长，自韩进口增长", ["japan", "south-korea"]),
        ("对非进出口近2.5万亿元，并非金属矿产", ["africa"]),
        ("美丽中国", ["china"]),
        // A group named by counting its members is also named without the count.
        ("粤港澳大湾区内地城市进出口增长4.7%", ["greater-bay-area-mainland-cities"]),
        ("大湾区内地城市外贸规模稳步扩大", ["greater-bay-area-mainland-cities"]),
        // A part "of" its owner is also named with the owner's possessive, without the count; titles keep their form.
        ("the Greater Bay Area's mainland cities grew", ["greater-bay-area-mainland-cities"]),
    ]

    func testNamesAliasesAndChineseNames() throws {
        let reader = try BundledReader.reader()
        for (text, expected) in cases {
            let ids = reader.read(text, reference: BundledReader.reference).entities.map(\.id)
            XCTAssertEqual(ids, expected, "entities of '\(text)'")
        }
    }

    func testUnknownWordsAreNamed() throws {
        let reading = try BundledReader.reader().read("zorblax exports of ASEAN", reference: BundledReader.reference)
        XCTAssertEqual(reading.unknownWords.filter { $0 != "of" }, ["zorblax"])
    }
}

/// Names in the other grammatical number than the graph writes them.
final class NumberFormTests: XCTestCase {
    func testSingularAndPluralOfTheLastWord() {
        let cases: [(String, [String])] = [
            ("Lithium batteries", ["Lithium batteries", "Lithium battery"]),
            ("SOEs", ["SOEs", "SOE"]),
            ("Electric vehicle", ["Electric vehicle", "Electric vehicles"]),
            ("Mobile phones", ["Mobile phones", "Mobile phone"]),
            ("Machine boxes", ["Machine boxes", "Machine box"]),
            ("US", ["US"]),
            ("Belarus", ["Belarus"]),
            ("东盟", ["东盟"]),
        ]
        for (name, forms) in cases {
            XCTAssertEqual(Gazetteer.numberForms(name), forms, name)
        }
    }
}

/// Chinese names that count a group's members, and the same names without the count.
final class CountlessFormTests: XCTestCase {
    func testTheCountGoesAndAMeasureWordBecomesItsNoun() {
        let cases: [(String, [String])] = [
            ("粤港澳大湾区内地9市", ["粤港澳大湾区内地9市", "粤港澳大湾区内地城市"]),
            ("大湾区内地九市", ["大湾区内地九市", "大湾区内地城市"]),
            ("中亚五国", ["中亚五国"]),
            ("长江经济带11省市", ["长江经济带11省市", "长江经济带省市"]),
            ("东北3省", ["东北3省"]),
            ("7省市", ["7省市"]),
            ("沿边9省区", ["沿边9省区"]),
            ("G20 economies", ["G20 economies"]),
        ]
        for (name, forms) in cases {
            XCTAssertEqual(Gazetteer.countlessForms(name), forms, name)
        }
    }
}
