import GraphStore
import QueryExecutor
import XCTest

/// `fmt.figure`, `fmt.amount` on measurements and `trade.national` over the bundled graph: each statement is
/// what a journalist would write from the CSV row (checked against `Graph/*.csv` by reading the rows).
final class FigureStatementTests: XCTestCase {
    private var h: EngineHarness { get throws { try EngineHarness(bundled: ()) } }

    private let statements: [(id: String, english: String, chinese: String)] = [
        ("fy25en-l44-1", "China's trade amounted to 45.47 trillion yuan in 2025", "2025年我国进出口为45.47万亿元"),
        ("fy25en-l44-2", "China's trade grew 3.8% year on year in 2025", "2025年我国进出口同比增长3.8%"),
        ("fy25en-l48-1", "China's trade: over 240 countries in 2025 (countries and regions China traded with)",
         "2025年我国进出口：超过240个（countries and regions China traded with）"),
        // A note that only repeats the statement ("bulk commodities") is left out.
        ("fy25zh-l166-1", "China's imports of bulk commodities amounted to nearly 3 billion tonnes in 2025",
         "2025年我国大宗商品进口为近30亿吨"),
        ("fy25en-l300-7", "Hainan, Hainan offshore duty-free shopping averaged about 24,000 people a day from 2025-12-18 to 2026-01-10 (offshore duty-free shoppers, on average over the period)",
         "2025年12月18日至2026年1月10日海南、离岛免税购物平均为约2.4万人/天（offshore duty-free shoppers, on average over the period）"),
        // A stock stated on a day is "as of" it.
        ("fy25en-l218-6", "Registered overseas agricultural and food enterprises: over 500,000 enterprises as of 2025-12-31 (overseas agricultural and food enterprises registered with Chinese customs, total at end of 2025 (Chinese: 超过50万家))",
         "2025年12月31日农食产品境外企业：超过50万家（overseas agricultural and food enterprises registered with Chinese customs, total at end of 2025 (Chinese: 超过50万家)）"),
        ("q125-l88-5", "China's trade with European Union averaged over 10 million yuan a minute in 2025-Q1 (China-EU trade, on average over Q1 2025)",
         "2025年一季度我国对欧盟进出口平均为超过1000万元/分钟（China-EU trade, on average over Q1 2025）"),
        ("fy25en-l236-9", "China's trade passed 45 trillion yuan in 2025 (a round level of total trade first passed in 2025: the 2024 total is about 43.8 trillion yuan (45.47 trillion / 1.038, line 44), so the mark fell in 2025 (period read from the document))",
         "2025年我国进出口突破45万亿元（a round level of total trade first passed in 2025: the 2024 total is about 43.8 trillion yuan (45.47 trillion / 1.038, line 44), so the mark fell in 2025 (period read from the document)）"),
    ]

    func testStatementsInEnglishAndChinese() throws {
        let h = try h
        for item in statements {
            let query = "MATCH (m:Measurement {id: '\(item.id)'}) RETURN [fmt.figure(m), fmt.figure(m, 'zh')] AS v"
            XCTAssertEqual(try h.value(query), "['\(item.english)', '\(item.chinese)']", item.id)
        }
    }

    func testAWorldFigureNamesItsReporterAndAGrowthItsDirection() throws {
        let h = try h
        XCTAssertEqual(try h.value("MATCH (m:Measurement {id: 'fy25en-l154-1'}) RETURN fmt.figure(m) AS v"),
                       "'Trade in AI-related products with World grew about 20.0% year on year in 2025-H1 (reported by World Trade Organization) (WTO report: growth of global trade in AI-related products in H1 2025 (约2成), not China's trade)'")
        let falls = try h.rows("MATCH (m:Measurement) WHERE m.metric = 'yoy_growth' AND m.value < 0 RETURN fmt.figure(m) AS v LIMIT 3")
        XCTAssertFalse(falls.isEmpty)
        for statement in falls { XCTAssert(statement.contains(" fell ") && !statement.contains(" -"), statement) }
    }

    func testSomeoneElsesCountAboutChinaIsAboutChina() throws {
        let statement = try h.value("MATCH (m:Measurement {id: 'fy25en-l76-4'}) RETURN fmt.figure(m) AS v")
        XCTAssertTrue(statement.hasPrefix("'The number for China rose by 3 countries in 2025-01/2025-09 (reported by International data"), statement)
    }

    func testAmountsOfMeasurements() throws {
        let h = try h
        XCTAssertEqual(try h.value("MATCH (m:Measurement {id: 'fy25en-l44-2'}) RETURN [fmt.amount(m), fmt.amount(m, 'zh'), fmt.amount(m, 'EN')] AS v"),
                       "['+3.8%', '增长3.8%', '+3.8%']")
        XCTAssertEqual(try h.value("MATCH (m:Measurement {id: 'fy25en-l48-1'}) RETURN [fmt.amount(m), fmt.amount(m, 'zh')] AS v"),
                       "['over 240 countries', '超过240个']")
        XCTAssertEqual(try h.value("MATCH (m:Measurement {id: 'fy25en-l44-1'}) RETURN fmt.amount(m.value, m.unit, m.approx, 'zh') AS v"),
                       "'45.47万亿元'")
    }

    func testTheNationalFigureIsOneWithoutDimensions() throws {
        let h = try h
        let named = try h.value("MATCH (m:Measurement) WHERE trade.national(m) RETURN count(m) AS v")
        let spelled = try h.value("""
            MATCH (m:Measurement)-[:REPORTER]->(:Economy {id: 'china'})
            WHERE NOT (m)-[:PARTNER|REGION|PRODUCT|ENTERPRISE|POLICY|CHANNEL|EVENT]->() RETURN count(m) AS v
            """)
        XCTAssertEqual(named, spelled)
        XCTAssertEqual(try h.value("MATCH (m:Measurement {id: 'q125-l44-1'}) RETURN trade.national(m) AS v"), "false")
    }

    func testUnknownArgumentsAreErrors() throws {
        let h = try h
        XCTAssertEqual(h.error("RETURN fmt.amount(5, 'percent', 'roughly')"),
                       "1:8: fmt.amount(): unknown qualifier 'roughly'; use one of over, nearly, about, under, or null")
        XCTAssertEqual(h.error("MATCH (m:Measurement {id: 'fy25en-l44-1'}) RETURN fmt.figure(m, 'fr')"),
                       "1:51: fmt.figure(): unknown language 'fr'; use 'en' or 'zh'")
        XCTAssertEqual(h.error("MATCH (p:Partner {id: 'japan'}) RETURN fmt.figure(p)"),
                       "1:40: fmt.figure() expects a Measurement node with a value; this node is Partner")
        XCTAssertEqual(h.error("RETURN fmt.amount(5)"),
                       "1:8: fmt.amount(value, unit) needs a unit string after the number (or pass the measurement: fmt.amount(m))")
    }

    /// A dimension type the statement has no word for (a new one in the contract) is still stated, by its name.
    func testAnyDimensionRelationshipIsStated() throws {
        let h = try EngineHarness(setup: ["""
            CREATE (m:Measurement {metric: 'value', flow: 'export', period: '2025-10', value: 25000000000.0, unit: 'USD', approx: 'over'})
            CREATE (m)-[:EVENT]->(:Event {name: 'Canton Fair'}), (m)-[:VENUE]->(:Channel {name: 'Guangzhou'})
            """])
        XCTAssertEqual(try h.value("MATCH (m:Measurement) RETURN fmt.figure(m) AS v"),
                       "'China's exports at Canton Fair venue Guangzhou amounted to over 25 billion US dollars in 2025-10'")
        XCTAssertEqual(try h.value("MATCH (m:Measurement) RETURN fmt.figure(m, 'zh') AS v"),
                       "'2025年10月我国出口（Canton Fair、Guangzhou）为超过250亿美元'")
        XCTAssertEqual(try h.value("MATCH (m:Measurement) RETURN trade.national(m) AS v"), "false")
    }
}
