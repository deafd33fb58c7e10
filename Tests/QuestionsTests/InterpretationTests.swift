import QueryExecutor
import Questions
import XCTest

/// What a question is understood to ask, as the answer's first line shows it.
final class InterpretationTests: XCTestCase {
    private let cases: [(question: String, summary: String)] = [
        ("What was China's total trade in 2025?", "China (national total) · total trade · value · 2025"),
        ("EU growth Q1 2025", "European Union · any flow · growth y/y · 2025-Q1"),
        ("how much did exports of electric vehicles grow last year",
         "Electric vehicles · exports · growth y/y · 2025 ('last year' = 2025 (sources up to 2026-01-14))"),
        ("What share of trade did private enterprises account for in 2025?", "Private enterprises · total trade · share · 2025"),
        ("2025年我国对东盟进出口是多少？", "ASEAN · total trade · value · 2025"),
        ("一季度民营企业进出口增长多少",
         "Private enterprises · total trade · growth y/y · 2025-Q1 (no year given: 2025 (sources up to 2026-01-14))"),
        ("How much did the share of private enterprises rise in 2025?",
         "Private enterprises · any flow · change in percentage points · 2025"),
        ("What was the year-on-year change in trade in Jan 2025?", "China (national total) · total trade · growth y/y · 2025-01"),
        ("Has ASEAN remained China's largest export market?", "ASEAN · exports · rank · any period"),
        ("growth in the number of Hainan duty-free shoppers",
         "Hainan · Hainan offshore duty-free shopping · any flow · count growth · any period"),
        ("How much bigger was trade in 2025 than in 2020?", "China (national total) · total trade · growth · 2025"),
        ("跨境电商规模比2020年增长多少", "Cross-border e-commerce · any flow · growth · any period"),
        ("How many points did high-tech exports add to export growth last year?",
         "High-tech products · exports · contribution to growth · 2025 ('last year' = 2025 (sources up to 2026-01-14))"),
        ("Is China still the world's largest trader in goods?", "China (national total) · any flow · rank · any period"),
        ("2025年我国是全球第几大进口市场", "China (national total) · imports · rank · 2025"),
        ("How far did imports slip in 2025?", "China (national total) · imports · growth y/y · 2025"),
        ("average yearly growth of trade 2021-2025", "14th Five-Year Plan · total trade · avg annual growth · 2021/2025"),
        ("How much faster than the national average did exports grow in 2025?",
         "China (national total) · exports · growth change · 2025"),
        ("How much did lower prices knock off import growth in 2025?",
         "China (national total) · imports · contribution to growth · 2025"),
        ("When did trade first cross 40 trillion yuan?", "China (national total) · total trade · threshold · any period"),
        ("When did China's annual trade first go above 40 trillion yuan?", "China (national total) · total trade · threshold · any period"),
        ("一季度对东盟出口增长了多少（2025年）", "ASEAN · exports · growth y/y · 2025-Q1"),
        ("equipment manufacturing as % of total exports, 2025", "Equipment manufacturing products · exports · share · 2025"),
        ("what fraction of exports were high-tech products in 2025", "High-tech products · exports · share · 2025"),
        ("how much of 2025's export growth came from high-tech products", "High-tech products · exports · contribution to growth · 2025"),
        ("Q1 2025: what share of trading companies were private firms", "Private enterprises · total trade · share · 2025-Q1"),
        ("2025年一季度外贸大省企业数量占全国多少", "Major foreign trade provinces · any flow · share · 2025-Q1"),
        ("外贸总值先后跨过了哪些整数关口", "China (national total) · total trade · threshold · any period"),
        ("China's share of global imports rose from 7.9% to what level by 2024?", "China (national total) · imports · share · 2024"),
        ("2025年民营企业进出口占比提高到多少", "Private enterprises · total trade · share · 2025"),
        ("2025年进口实现增长的贸易伙伴数量比2024年多了几个", "China (national total) · imports or total trade · count change · 2025"),
        ("Did exports grow for seven quarters in a row up to the end of 2025?", "China (national total) · exports · count · 2025-12-31"),
        ("How many times over did exports of EVs grow in Q1 2025?", "Electric vehicles · exports · growth y/y · 2025-Q1"),
        ("跟2020年比外贸增长了多少", "China (national total) · total trade · growth · any period"),
        ("2025年比2024年进出口增长多少", "China (national total) · total trade · growth y/y · 2025"),
        ("去年出口增长了百分之几", "China (national total) · exports · growth y/y · 2025 ('去年' = 2025 (sources up to 2026-01-14))"),
        ("By how many points did AEO firms' export growth beat private firms overall in Q1 2025?",
         "AEO certification · Private enterprises · exports · growth change · 2025-Q1"),
        ("how much of the rise in trade in 2025 came from private companies",
         "Private enterprises · total trade · contribution to growth · 2025"),
        ("跨省域山水工程单个项目中央奖补最多多少钱",
         "Integrated protection and restoration of mountains, rivers, forests, farmlands, lakes, grasslands and deserts · any flow · limit · any period"),
        ("2025年一季度工作日减少使进口增速下降了多少", "China (national total) · imports · contribution to growth · 2025-Q1"),
        ("一带一路国家进出口增速比我国外贸整体快多少（2025年）", "BRI partner countries · total trade · growth change · 2025"),
        ("友谊关口岸查验时间缩短了百分之几", "Youyiguan Port · any flow · growth · any period"),
        ("What did the WTO forecast for global trade growth in 2025?",
         "World Trade Organization · World · total trade · growth y/y · 2025"),
    ]

    func testAWorldRankIsAnsweredByTheWorldStatisticNotByTheWorldAsAPartner() throws {
        let asker = try Asker(engine: QueryEngine(store: BundledGraph.store()))
        for (question, expected) in [("Is China still the world's largest trader in goods?", ["fy25en-l236-1", "fy25en-l46-2", "rc25-l9-8"]),
                                     ("2025年我国是全球第几大进口市场", ["fy25en-l214-2", "rc25-l35-3"])] {
            let first = try asker.ask(question, limit: 1).figures.rows.first?.first?.stringValue
            XCTAssertTrue(expected.contains(first ?? ""), "\(question): \(first ?? "no figure")")
        }
    }

    func testAWholeWithoutFiguresIsAnsweredByThePartNamedAfterIt() throws {
        let asker = try Asker(engine: QueryEngine(store: BundledGraph.store()))
        let gba = try asker.ask("Greater Bay Area trade value 2025", limit: 1)
        let first = gba.figures.rows.first?.first?.stringValue ?? ""
        XCTAssertTrue(["fy25en-l262-8", "fy25en-l262-14"].contains(first), "\(first): the nine mainland cities' 9.15 trillion, or over 9 trillion")
        let guangdong = try asker.ask("2025年广东省进出口总额", limit: 1)
        XCTAssertTrue(guangdong.gaps.contains { $0.hasPrefix("no figure for Guangdong") }, "\(guangdong.gaps): a part not named after its whole does not stand for it")
    }

    func testAQuestionAboutNowIsAnsweredByTheFigureStatedAsOfADay() throws {
        let asker = try Asker(engine: QueryEngine(store: BundledGraph.store()))
        let now = try asker.ask("How long does delivery of toy orders take now?", limit: 1)
        XCTAssertEqual(now.figures.rows.first?.first?.stringValue, "q125-l64-4", "the delivery time as of the briefing, not the one before")
        let before = try asker.ask("How long did delivery of toy orders take before?", limit: 1)
        XCTAssertEqual(before.figures.rows.first?.first?.stringValue, "q125-l64-3")
    }

    func testEveryPartOfAWholeListedAsksForTheWhole() throws {
        let asker = try Asker(engine: QueryEngine(store: BundledGraph.store()))
        let all = try asker.ask("How much were EV, lithium battery and solar panel exports worth in 2025?", limit: 1)
        XCTAssertEqual(all.figures.rows.first?.first?.stringValue, "fy25en-l238-4", "the new trio, which the three are")
        let two = try asker.ask("lithium battery and EV exports growth 2025", limit: 1)
        XCTAssertEqual(two.figures.rows.first?.first?.stringValue, "fy25en-l96-1", "two of three are not the whole")
    }

    func testTheCauseOfAContributionIsFoundInItsWords() throws {
        let asker = try Asker(engine: QueryEngine(store: BundledGraph.store()))
        for question in ["How much did cheaper crude oil and iron ore drag down import growth in 2025?", "2025年原油和铁矿砂价格下跌拉低进口增速多少"] {
            let first = try asker.ask(question, limit: 1).figures.rows.first?.first?.stringValue
            XCTAssertEqual(first, "fy25en-l214-6", question)
        }
    }

    func testAWhichQuestionIsAnsweredByAnEntityOfTheKindItNames() throws {
        let asker = try Asker(engine: QueryEngine(store: BundledGraph.store()))
        for (question, expected) in [("Which country bought the most Chinese goods in 2025?", "fy25en-l116-3"),
                                     ("哪个国家是我国最大的出口市场", "fy25en-l116-3")] {
            XCTAssertEqual(try asker.ask(question, limit: 1).figures.rows.first?.first?.stringValue, expected, question)
        }
        XCTAssertEqual(try asker.interpret("which partner group").whichLabels, ["PartnerGroup"])
        XCTAssertEqual(try asker.interpret("哪类产品出口增长最快").whichLabels, ["Product"])
        XCTAssertEqual(try asker.interpret("which ranked first").whichLabels, [])
        XCTAssertEqual(try asker.interpret("which Chinese border port is the first smart port").whichLabels, ["Channel"])
        XCTAssertEqual(try asker.interpret("哪个沿边口岸进出口增长最快").whichLabels, ["Channel"])
        XCTAssertEqual(try asker.interpret("which of them sold the most products").whichLabels, [])
    }

    func testARankInAnotherEconomysListIsItsStatistics() throws {
        let asker = try Asker(engine: QueryEngine(store: BundledGraph.store()))
        for (question, expected) in [("Where does China rank among the European Union's trading partners?", "fy25en-l174-9"),
                                     ("中国是欧盟第几大贸易伙伴", "fy25en-l174-9"),
                                     ("In the EU's own trade figures, where does China rank as a trading partner?", "fy25en-l174-9"),
                                     ("Where does the EU rank among China's trading partners?", "fy25en-l174-1"),
                                     ("欧盟是中国第几大贸易伙伴", "fy25en-l174-1")] {
            XCTAssertEqual(try asker.ask(question, limit: 1).figures.rows.first?.first?.stringValue, expected, question)
        }
    }

    func testWordsInBracketsAreNoNodePattern() throws {
        let asker = try Asker(engine: QueryEngine(store: BundledGraph.store()))
        let answer = try asker.ask("With small-batch production, how long do toy orders take now (as of April 2025)?", limit: 1)
        XCTAssertEqual(answer.figures.rows.first?.first?.stringValue, "q125-l64-4")
        XCTAssertThrowsError(try asker.ask("with (m:Measurement) return m", limit: 1))
    }

    func testACountStatedFavoursTheFigureOfThatCount() throws {
        let interpretation = try Asker(engine: QueryEngine(store: BundledGraph.store())).interpret("海南外贸企业超过10万家了吗")
        XCTAssertEqual(interpretation.amounts.map(\.value), [100_000])
        XCTAssertEqual(interpretation.amounts.map(\.unit), ["enterprises"])
        XCTAssertFalse(interpretation.amounts.contains(where: \.isMoney))
    }

    func testAnAmountStatedIsReadAndARankWordBeforeItIsAVerb() throws {
        let asker = try Asker(engine: QueryEngine(store: BundledGraph.store()))
        let interpretation = try asker.interpret("Did China's trade with ASEAN top one trillion dollars in 2025?")
        XCTAssertEqual(interpretation.amounts.map { "\($0.value) \($0.unit)" }, ["1000000000000.0 USD"])
        XCTAssertFalse(interpretation.metrics.contains("rank"), "\(interpretation.metrics)")
    }

    func testANamedEntityWithoutFiguresIsSaidMissing() throws {
        let answer = try Asker(engine: QueryEngine(store: BundledGraph.store())).ask("How much did China trade with Germany last year?")
        XCTAssertTrue(answer.gaps.contains { $0.hasPrefix("no figure for Germany") }, "\(answer.gaps)")
    }

    func testQuestionsAreUnderstoodAsAReaderWould() throws {
        let asker = try Asker(engine: QueryEngine(store: BundledGraph.store()))
        for (question, summary) in cases {
            XCTAssertEqual(try asker.interpret(question).summary, summary, question)
        }
    }

    func testTheStatementShownReturnsExactlyTheFiguresShown() throws {
        let engine = QueryEngine(store: try BundledGraph.store())
        let asker = try Asker(engine: engine)
        for question in ["EU growth Q1 2025", "2025年我国对东盟进出口是多少？", "exports of integrated circuits", "Hainan duty-free sales"] {
            let answer = try asker.ask(question, limit: 3)
            let rerun = try engine.run(answer.cypher)
            XCTAssertEqual(Set(rerun.rows.compactMap { $0.first?.stringValue }),
                           Set(answer.figures.rows.compactMap { $0.first?.stringValue }), question)
            XCTAssertEqual(answer.figures.columns.prefix(2), ["id", "statement"])
        }
    }

    func testAQuestionWithoutAnAnswerSaysWhatIsMissing() throws {
        let answer = try Asker(engine: QueryEngine(store: BundledGraph.store())).ask("EU trade growth in 2025-Q3")
        XCTAssertTrue(answer.gaps.contains { $0.hasPrefix("no figure for 2025-Q3 for European Union") }, "\(answer.gaps)")
        XCTAssertFalse(answer.figures.rows.isEmpty, "the nearest figures are shown")
    }

    func testUnusableQuestionsAreRefusedWithTheReason() throws {
        let asker = try Asker(engine: QueryEngine(store: BundledGraph.store()))
        let refusals: [(String, String)] = [
            ("", "the question is empty"),
            ("   ", "the question is empty"),
            ("what is the", "the question has no word to look up"),
            (String(repeating: "exports ", count: 12_500), "the question is 99999 characters long"),
            ("exports\u{0}2025", "the question has a control character at column 8"),
            ("MATCH (n) RETURN n", "this looks like openCypher (MATCH ...)"),
            ("match (m:Measurement {metric: 'value'}) return m.id", "this looks like openCypher (MATCH ...)"),
            ("WITH 1 AS x MATCH (:Partner) RETURN x", "this looks like openCypher (WITH ...)"),
            ("Quel était le volume des échanges?", "understood nothing of"),
        ]
        for (question, message) in refusals {
            XCTAssertThrowsError(try asker.ask(question)) { error in
                XCTAssertTrue("\(error)".hasPrefix(message), "'\(question.prefix(40))': \(error)")
            }
        }
        // Words in brackets after a word that also starts openCypher are a question, not a node pattern.
        for question in ["With small-batch production, how long do orders take (as of April 2025)?", "Match China's exports (2025)"] {
            XCTAssertNoThrow(try asker.ask(question), question)
        }
    }
}
