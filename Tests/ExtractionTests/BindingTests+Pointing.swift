@testable import Extraction

/// Cases of figures whose facets the sentence gives by other words or by pointing elsewhere: trade named by other
/// nouns, a partner or region pointed back to by its kind, a period pointed back to in a later paragraph, spans
/// since an event the graph dates, shares of "the total", ranks stated with an ordinal streak; and multiples and
/// fractions that wire stories write as words.
extension BindingTests {
    /// A full-year report whose second paragraph turns to the first quarter: what a third paragraph points back to.
    static let yearThenQuarter = "In 2025, China's exports grew 6.1%.\nIn the first quarter, exports grew 6.9%."
    static let yearThenQuarterZH = "2025年，我国出口增长6.1%。\n一季度，我国出口增长6.9%。"
    /// A Hainan turn that opens on the launch the graph dates (2025-12-18) without dating it.
    static let sinceLaunchZH = "封关以来截至本月上旬，海南进出口增长15%。"
    static let sinceLaunch = "Since the launch of island-wide special customs operations, up to early this month, Hainan's trade rose 15%."

    static let pointingCases: [Case] = [
        // Trade named by other nouns: commerce, business with, commercial exchanges, 贸易往来, 经贸, 商贸.
        Case(text: "Commerce with Australia rose 4.4% in the first quarter.", value: "4.4",
             expect: ["flow": "total", "partner": "australia"]),
        Case(text: "In the first quarter, two-way commerce between China and South Korea came to 0.6 trillion yuan.",
             value: "600000000000", expect: ["flow": "total", "partner": "south-korea"]),
        Case(text: "Business with Australia grew 2.5% in the first quarter.", value: "2.5",
             expect: ["flow": "total", "partner": "australia"]),
        Case(text: "Commercial exchanges with New Zealand expanded 3.9% in the first quarter.", value: "3.9",
             expect: ["flow": "total", "partner": "new-zealand"]),
        Case(text: "一季度，中国同澳大利亚经贸往来规模达到1200亿元。", value: "120000000000",
             expect: ["flow": "total", "partner": "australia"]),
        Case(text: "一季度，我国与韩国商贸往来额增长2.5%。", value: "2.5", expect: ["flow": "total", "partner": "south-korea"]),
        Case(text: "Dealings with Australia rose 4.4% in the first quarter.", value: "4.4", expect: ["flow": ""]),
        // A partner or region pointed back to by its kind: the entity of that label the turn named last, in a
        // paragraph before, though one of another label was named since.
        Case(text: "Lyu named ASEAN as China's largest trading partner, ahead of Japan.\nTwo-way trade with the bloc rose 3.3% in the first quarter.",
             value: "3.3", expect: ["partner": "asean", "flow": "total"]),
        Case(text: "We discussed the European Union.\nExports to the union rose 3.3% in the first quarter, while imports from the grouping fell 1.2%.",
             value: "-1.2", expect: ["partner": "eu", "flow": "import"]),
        Case(text: "Australia remained a key supplier of iron ore.\nIn the first quarter, trade between the two sides grew 2.6%.",
             value: "2.6", expect: ["partner": "australia"]),
        Case(text: "Guangdong led the coastal provinces.\nIn the first quarter, the province's exports rose 5.5%.", value: "5.5",
             expect: ["region": "guangdong", "flow": "export"]),
        Case(text: "Lyu spoke of the European Union and of Japan.\nIn the first quarter, imports from the 27-member bloc fell 1.2%.",
             value: "-1.2", expect: ["partner": "eu", "flow": "import"]),
        Case(text: "欧盟是我国第二大贸易伙伴。\n一季度，双方贸易额增长3.3%。", value: "3.3", expect: ["partner": "eu", "flow": "total"]),
        Case(text: "澳大利亚是我国铁矿砂的主要来源地。\n一季度，我国自该国进口增长2.6%。", value: "2.6",
             expect: ["partner": "australia", "flow": "import"]),
        Case(text: "广东是外贸第一大省。\n一季度，全省进出口增长5.5%。", value: "5.5", expect: ["region": "guangdong"]),
        Case(text: "东盟是我国最大贸易伙伴，日本次之。\n一季度，我国对该地区出口增长7.7%。", value: "7.7",
             expect: ["partner": "asean", "flow": "export"]),
        Case(text: "In 2025, imports of crude oil fell 2%.\nPurchases of the commodity from Australia rose 1.3%.", date: "2026-01-14",
             value: "1.3", expect: ["product": "crude-oil", "partner": "australia", "flow": "import"]),
        Case(text: "In 2025, Youyiguan Port handled more trade.\nExports through the port rose 9.2%.", date: "2026-01-14",
             value: "9.2", expect: ["channel": "youyiguan-port", "flow": "export"]),
        Case(text: "2025年，原油进口下降2%。\n该产品自澳大利亚进口增长1.3%。", date: "2026-01-14", value: "1.3",
             expect: ["product": "crude-oil", "partner": "australia"]),
        // A period pointed back to in a later paragraph is the period of the figures before, and so is the flow of
        // a figure that names none; a base of comparison ("the same period last year", 去年同期) points nowhere.
        Case(text: yearThenQuarter + "\nThe central and western regions posted a 6.1% rise in that period.", date: "2026-01-14",
             value: "6.1", nth: 1, expect: ["period": "2025-Q1", "flow": "export", "region": "central-and-western-regions"]),
        Case(text: yearThenQuarter + "\nOver the same period, exports of toys rose 2.2%.", date: "2026-01-14", value: "2.2",
             expect: ["period": "2025-Q1", "product": "toys"]),
        Case(text: yearThenQuarter + "\nGuangdong did better, up 8.8% during the period.", date: "2026-01-14", value: "8.8",
             expect: ["period": "2025-Q1", "region": "guangdong"]),
        Case(text: yearThenQuarter + "\nShipments of toys were up 2.2% on the same period last year.", date: "2026-01-14",
             value: "2.2", expect: ["period": "2025"]),
        Case(text: yearThenQuarter + "\nGuangdong's exports rose 4.4%.", date: "2026-01-14", value: "4.4", expect: ["period": "2025"]),
        Case(text: yearThenQuarterZH + "\n同期，中西部地区增长6.1%。", date: "2026-01-14", value: "6.1", nth: 1,
             expect: ["period": "2025-Q1", "flow": "export", "region": "central-and-western-regions"]),
        Case(text: yearThenQuarterZH + "\n这一时期，广东出口增长4.4%。", date: "2026-01-14", value: "4.4", expect: ["period": "2025-Q1"]),
        Case(text: yearThenQuarter + "\nIn those months, exports of toys rose 2.2%.", date: "2026-01-14", value: "2.2",
             expect: ["period": "2025-Q1"]),
        Case(text: yearThenQuarterZH + "\n同一期间，广东出口增长4.4%。", date: "2026-01-14", value: "4.4", expect: ["period": "2025-Q1"]),
        Case(text: yearThenQuarterZH + "\n广东在此期间增长8.8%。", date: "2026-01-14", value: "8.8", expect: ["period": "2025-Q1"]),
        Case(text: yearThenQuarterZH + "\n广东进出口比去年同期增长4.4%。", date: "2026-01-14", value: "4.4", expect: ["period": "2025"]),
        // "Since the launch" of an event the graph dates and the text does not: from that day to the end of the part
        // of this month, a day the sentence names, else the publication day; "before the launch" in a later
        // paragraph sets its figures against that span. The turn's place holds for its later paragraphs.
        Case(text: sinceLaunchZH, date: "2026-01-15", value: "15", expect: ["period": "2025-12-18/2026-01-10", "region": "hainan"]),
        Case(text: "自全岛封关运作以来，海南新增外贸企业3000家。", date: "2026-01-15", value: "3000",
             expect: ["period": "2025-12-18/2026-01-15", "unit": "enterprises"]),
        Case(text: "海南自由贸易港封关之后，截至本月中旬，全岛进口增长12%。", date: "2026-01-25", value: "12",
             expect: ["period": "2025-12-18/2026-01-20", "flow": "import"]),
        Case(text: sinceLaunch, date: "2026-01-15", value: "15", expect: ["period": "2025-12-18/2026-01-10", "region": "hainan"]),
        Case(text: "Hainan's imports have risen 12% since the launch of island-wide special customs operations.", date: "2026-01-25",
             value: "12", expect: ["period": "2025-12-18/2026-01-25", "flow": "import"]),
        Case(text: "Hainan's imports rose 12% since the launch of island-wide special customs operations, up to early this month.",
             date: "2026-01-25", value: "12", expect: ["period": "2025-12-18/2026-01-10"]),
        Case(text: "Hainan's imports rose 12% from the launch of island-wide special customs operations through Jan. 10.",
             date: "2026-01-25", value: "12", expect: ["period": "2025-12-18/2026-01-10"]),
        Case(text: "Since the launch of island-wide special customs operations, 3,150 enterprises have registered in Hainan.",
             date: "2026-01-15", value: "3150", expect: ["period": "2025-12-18/2026-01-15", "unit": "enterprises"]),
        Case(text: sinceLaunchZH + "\n离岛免税购物金额20亿元，均高于封关之前。", date: "2026-01-15", value: "2000000000",
             expect: ["period": "2025-12-18/2026-01-10", "region": "hainan", "policy": "hainan-offshore-duty-free-shopping"]),
        Case(text: sinceLaunch + "\nDuty-free sales reached 2 billion yuan, well above the level before the launch.", date: "2026-01-15",
             value: "2000000000", expect: ["period": "2025-12-18/2026-01-10", "region": "hainan"]),
        // A share "of the total" with no flow word of its own is a share of total trade.
        Case(text: "In 2025, private enterprises' trade rose 7.1%.\nState-owned enterprises accounted for 13.3% of the total.",
             date: "2026-01-14", value: "13.3", expect: ["flow": "total", "metric": "share", "enterprise": "state-owned-enterprises"]),
        Case(text: "Foreign-invested enterprises made up 29.3% of the national total in 2025.", date: "2026-01-14", value: "29.3",
             expect: ["flow": "total", "enterprise": "foreign-invested-enterprises"]),
        Case(text: "2025年，外商投资企业占全国总值的29.3%。", date: "2026-01-14", value: "29.3",
             expect: ["flow": "total", "enterprise": "foreign-invested-enterprises"]),
        Case(text: "In 2025, exports of toys made up 1.2% of total exports.", date: "2026-01-14", value: "1.2", expect: ["flow": "export"]),
        // A rank stated with a streak that says which time it is (an ordinal, 连续第N年, 将连续N年) is the year's; one
        // stated with a streak that says how long it held (已连续N年, "for six consecutive years") is the streak's.
        Case(text: "In 2025, Vietnam was China's fourth-largest export market for the sixth consecutive year.", date: "2026-01-14",
             value: "4", expect: ["metric": "rank", "period": "2025"]),
        Case(text: "In 2025, Vietnam was China's fourth-largest export market for the sixth consecutive year.", date: "2026-01-14",
             value: "6", expect: ["metric": "count", "period": "2020/2025"]),
        Case(text: "In 2025, Vietnam remained China's fourth-largest export market for six consecutive years.", date: "2026-01-14",
             value: "4", expect: ["metric": "rank", "period": "2020/2025"]),
        Case(text: "2025年，越南连续第6年成为我国第四大出口市场。", date: "2026-01-14", value: "4", expect: ["metric": "rank", "period": "2025"]),
        Case(text: "2025年，越南将连续6年成为我国第四大出口市场。", date: "2026-01-14", value: "4", expect: ["metric": "rank", "period": "2025"]),
        Case(text: "2025年，越南已连续6年成为我国第四大出口市场。", date: "2026-01-14", value: "4",
             expect: ["metric": "rank", "period": "2020/2025"]),
        // A partner named by one character in trade wording: 对美出口, 自日进口.
        Case(text: "2025年，我国出口增长6.1%，其中对美出口下降20%。", date: "2026-01-14", value: "-20",
             expect: ["partner": "united-states", "flow": "export"]),
        Case(text: "2025年，我国自日进口增长2.2%。", date: "2026-01-14", value: "2.2", expect: ["partner": "japan", "flow": "import"]),
        // A group named without the count of its members.
        Case(text: "2025年，粤港澳大湾区内地城市进出口增长4.7%。", date: "2026-01-14", value: "4.7",
             expect: ["region": "greater-bay-area-mainland-cities"]),
        // Multiples and fractions as words, and "pct": doubled is 100% growth, halved a 50% fall, 翻番 100%, 翻两番 300%.
        Case(text: "In 2025, exports of electric vehicles nearly doubled.", date: "2026-01-14", value: "100",
             expect: ["approx": "nearly", "unit": "percent", "flow": "export", "product": "electric-vehicles"]),
        Case(text: "In 2025, imports of iron ore halved.", date: "2026-01-14", value: "-50", expect: ["unit": "percent", "flow": "import"]),
        Case(text: "2025年，锂电池出口比2020年翻了一番。", date: "2026-01-14", value: "100",
             expect: ["metric": "growth", "product": "lithium-ion-batteries"]),
        Case(text: "2025年，新能源汽车出口近翻两番。", date: "2026-01-14", value: "300", expect: ["approx": "nearly", "flow": "export"]),
        Case(text: "In 2025, ASEAN accounted for roughly a sixth of China's trade.", date: "2026-01-14", value: "16.67",
             expect: ["metric": "share", "approx": "about", "partner": "asean"]),
        Case(text: "Imports of soybeans dropped by a tenth in 2025.", date: "2026-01-14", value: "-10", expect: ["product": "soybeans"]),
        Case(text: "In 2025, imports from the US slid 3.2 pct.", date: "2026-01-14", value: "-3.2",
             expect: ["unit": "percent", "partner": "united-states"]),
        // A month, quarter or year named without its year that would not have ended by the publication day is of the
        // year before.
        Case(text: "Imports edged down 0.5% year on year in December, customs data showed.", date: "2026-01-14", value: "-0.5",
             expect: ["period": "2025-12", "flow": "import"]),
        Case(text: "12月份，出口增长6.6%。", date: "2026-01-14", value: "6.6", expect: ["period": "2025-12"]),
        Case(text: "Exports rose 6.6% in March.", date: "2025-04-14", value: "6.6", expect: ["period": "2025-03"]),
        Case(text: "一季度，出口增长6.9%。", date: "2026-01-14", value: "6.9", expect: ["period": "2025-Q1"]),
        Case(text: "For the full year, exports grew 6.1% in yuan terms.", date: "2026-01-14", value: "6.1", expect: ["period": "2025"]),
        Case(text: "全年出口增长6.1%。", date: "2026-01-14", value: "6.1", expect: ["period": "2025"]),
        // An answer that names no period is about the one the question before it asked, unless the question only
        // set the scene with it ("since the second half of the year") or asked about a period not over.
        Case(text: "Wang Jun:\nIn the first three quarters, trade grew 4%.\nReuters:\nHow did trade with ASEAN fare in the first quarter?\nLyu Daliang:\nThank you. Trade with ASEAN grew 7.1%.",
             date: "2025-10-13", value: "7.1", expect: ["period": "2025-Q1", "partner": "asean"], turn: false),
        Case(text: "王军：\n今年前三季度，我国货物贸易进出口增长4%。\n南方日报记者：\n请介绍一下一季度广东的外贸情况。\n吕大良：\n谢谢您的提问。广东外贸进出口增长4.4%。",
             date: "2025-10-13", value: "4.4", expect: ["period": "2025-Q1", "region": "guangdong"], turn: false),
        Case(text: "王军：\n去年我国进口增长0.5%。\n经济日报记者：\n下半年以来月度进口连续增长，您如何评价？\n王军：\n谢谢。我国机电产品进口增长5.7%。",
             date: "2026-01-14", value: "5.7", expect: ["period": "2025"], turn: false),
        Case(text: "Wang Jun:\nLast year, exports grew 6.1%.\nReuters:\nWhat do you expect for trade this year?\nLyu Daliang:\nThank you. Imports of chips rose 10.1%.",
             date: "2026-01-14", value: "10.1", expect: ["period": "2025"], turn: false),
        // A level right beside words that set it a year back is of the period a year before; growth "from a year
        // earlier", 比上年同期 is the period's own.
        Case(text: "Private firms' share of total trade rose to 57.3% in 2025 from 55.5% a year earlier.", date: "2026-01-14",
             value: "55.5", expect: ["period": "2024", "metric": "share", "enterprise": "private-enterprises"]),
        Case(text: "In 2025, exports rose 6.1%, compared with 4.6% the previous year.", date: "2026-01-14", value: "4.6",
             expect: ["period": "2024", "flow": "export"]),
        Case(text: "2025年，民营企业进出口占比由上年同期的55.5%提高到57.3%。", date: "2026-01-14", value: "55.5",
             expect: ["period": "2024"]),
        Case(text: "In 2025, exports rose 6.1% from a year earlier.", date: "2026-01-14", value: "6.1", expect: ["period": "2025"]),
        Case(text: "2025年，出口比上年同期增长6.1%。", date: "2026-01-14", value: "6.1", expect: ["period": "2025"]),
        // An answer points back to what its question named: "双方", "the bloc" after a question about the EU.
        Case(text: "王军：\n去年我国进口增长0.5%。\n经济日报记者：\n请介绍一下去年中欧贸易的情况。\n吕大良：\n谢谢。去年双方贸易额增长6%。",
             date: "2026-01-14", value: "6", expect: ["partner": "eu", "period": "2025"], turn: false),
        Case(text: "Wang Jun:\nLast year, exports grew 6.1%.\nReuters:\nHow did trade with the EU fare last year?\nLyu Daliang:\nThank you. Trade with the bloc rose 6%.",
             date: "2026-01-14", value: "6", expect: ["partner": "eu", "flow": "total"], turn: false),
        // A document whose opening lines name no period reports on the latest reporting period before its date.
        Case(text: "Exports rose 6.1%, customs said on Wednesday.", date: "2026-01-14", value: "6.1", expect: ["period": "2025"]),
        Case(text: "Exports rose 6.1%, customs said on Monday.", date: "2025-07-14", value: "6.1", expect: ["period": "2025-H1"]),
        Case(text: "海关总署今天发布，出口增长6.1%。", date: "2025-10-13", value: "6.1", expect: ["period": "2025-01/2025-09"]),
        // Digits grouped with a comma are a count, not a year.
        Case(text: "In the first quarter, 2,000 enterprises registered in Hainan.", value: "2000", expect: ["unit": "enterprises"]),
    ]
}
