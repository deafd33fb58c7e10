@testable import Extraction

/// Cases from newsletters, analysts' notes and press releases: sentences that name several periods (each figure
/// takes the period written right after it, else the nearest before it in its clause), spans since a launch,
/// datelines, places of ports, lists that name a whole group,
/// capitals that stand for their governments, a partner's money without a flow word, transport modes
/// named by plain words, ports' money, counts "of them", and
/// the flow of bulleted lists.
extension BindingTests {
    static let releaseCases: [Case] = [
        // A period right after a figure, with only linking words between, is that figure's.
        Case(text: "China's trade in 2025.\nExports of wind turbines rose 43.2% in Q1 and 48.7% for the full year.", date: "2026-01-20",
             value: "48.7", expect: ["period": "2025", "product": "wind-turbines", "flow": "export"]),
        Case(text: "China's trade in 2025.\nExports of wind turbines rose 43.2% in Q1 and 48.7% for the full year.", date: "2026-01-20",
             value: "43.2", expect: ["period": "2025-Q1"]),
        Case(text: "In 2025, export growth held steady: 6.9% in Q1, 7.2% in the first six months and 6.1% for 2025 as a whole.",
             date: "2026-01-20", value: "6.1", expect: ["period": "2025", "flow": "export"]),
        Case(text: "In 2025, export growth held steady: 6.9% in Q1, 7.2% in the first six months and 6.1% for 2025 as a whole.",
             date: "2026-01-20", value: "7.2", expect: ["period": "2025-H1"]),
        Case(text: "In 2025, imports fell 6% year on year in Q1, and total trade grew 4.5% year on year in Q2.",
             date: "2026-01-20", value: "4.5", expect: ["period": "2025-Q2", "flow": "total"]),
        // "Over" compares with a year written or counted, and says when before a part of a year.
        Case(text: "In 2025, imports were 2.7% lower than a year earlier over the first half.", date: "2026-01-20",
             value: "-2.7", expect: ["period": "2025-H1", "flow": "import"]),
        Case(text: "In 2025, exports rose 6.1% over 2024.", date: "2026-01-20",
             value: "6.1", expect: ["period": "2025"]),
        // A period after "and" starts the next figure's clause: the figure before it keeps the one before.
        Case(text: "In the first quarter, exports rose 5.2% and in the first half imports rose 3.1%.", date: "2025-07-14",
             value: "5.2", expect: ["period": "2025-Q1", "flow": "export"]),
        // Chinese writes each period before its figure, one clause each; a bare 全年 is the year.
        Case(text: "2025年，民营企业进出口占外贸总值的比重，一季度为56.8%，上半年接近60%，全年为57.3%。", date: "2026-01-20",
             value: "57.3", expect: ["period": "2025", "enterprise": "private-enterprises"]),
        Case(text: "2025年，民营企业进出口占外贸总值的比重，一季度为56.8%，上半年接近60%，全年为57.3%。", date: "2026-01-20",
             value: "60", expect: ["period": "2025-H1", "approx": "nearly"]),
        // The same period twice in a sentence is a period both times: "half" in "a first half" is no fraction.
        Case(text: "Exports rose 5.2% in the first half, and imports in a first half rose 3.1%.", date: "2025-07-14",
             value: "50", expect: [:], count: 0),
        // A paragraph that opens on a policy and its region, with no figure, is about that policy; "from the launch"
        // later in it starts on the day the graph says the policy began.
        Case(text: "Weekly trade notes.\nHainan launched island-wide special customs operations on Dec. 18, and business is brisk. From the launch through Jan. 10, the island's exports rose 25.1%.",
             date: "2026-01-20", value: "25.1",
             expect: ["period": "2025-12-18/2026-01-10", "policy": "hainan-island-wide-special-customs-operations",
                      "region": "hainan", "flow": "export"], turn: false),
        // "Taking the total above" states the level reached at the end of the period.
        Case(text: "In 2025, another 812 firms registered, taking the total above 20,000.", date: "2026-01-20",
             value: "20000", expect: ["period": "2025-12-31", "approx": "over", "unit": "enterprises"]),
        // A dateline in title case or with only an agency names where the story was filed, not a region.
        Case(text: "Shanghai, January 20 — Exports rose 6.1% in 2025, customs data showed.", date: "2026-01-20",
             value: "6.1", expect: ["region": "", "flow": "export"], turn: false),
        Case(text: "SHANGHAI (Reuters) - Exports rose 6.1% in 2025, customs data showed.", date: "2026-01-20",
             value: "6.1", expect: ["region": "", "flow": "export"], turn: false),
        // The region the graph places a port in is its address, not a dimension of its figures.
        Case(text: "In 2025, cargo throughput at Dongying Port in Shandong rose 9.5%.", date: "2026-01-20",
             value: "9.5", expect: ["region": "", "channel": "dongying-port"]),
        Case(text: "2025年，地处湖北的鄂州花湖国际机场进出口货物增长12.5%。", date: "2026-01-20",
             value: "12.5", expect: ["region": "", "channel": "ezhou-huahu-international-airport"]),
        // A list of every part of a group the graph has is the group, in the sentence or pointed back to later.
        Case(text: "In 2025, Guangdong, Jiangsu, Zhejiang, Shanghai, Shandong, Beijing and Fujian together traded 34.11 trillion yuan.",
             date: "2026-01-20", value: "34110000000000", expect: ["region": "major-foreign-trade-provinces"], count: 1),
        Case(text: "一季度，广东、江苏、浙江、上海、北京、山东、福建合计进出口7.78万亿元。\n2025年，上述省市合计进出口34.11万亿元。",
             date: "2026-01-20", value: "34110000000000", expect: ["region": "major-foreign-trade-provinces", "period": "2025"]),
        // 自, 从 right before the name of an event the graph dates start a span on that day.
        Case(text: "2025年12月18日，海南自贸港正式启动全岛封关运作。王军介绍，从封关运作至今年1月10日，海南新增外贸企业3120家。",
             date: "2026-01-20", value: "3120", expect: ["period": "2025-12-18/2026-01-10"]),
        // Percentage points taken "off" a growth rate are a negative contribution.
        Case(text: "In 2025, lower prices took 2.6 percentage points off import growth.", date: "2026-01-20",
             value: "-2.6", expect: ["metric": "contribution", "unit": "pp", "flow": "import"]),
        Case(text: "In 2025, lower prices shaved off about 1.1 percentage points of import growth.", date: "2026-01-20",
             value: "-1.1", expect: ["metric": "contribution", "approx": "about"]),
        // A place right before a verb of saying or wanting stands for its government, not for a region.
        Case(text: "The headline was the one Beijing had hoped for: exports rose 6.1% in 2025.", date: "2026-01-20",
             value: "6.1", expect: ["region": "", "flow": "export"]),
        Case(text: "In 2025, private firms, which Beijing likes to call the main engine, handled 57.3% of trade.", date: "2026-01-20",
             value: "57.3", expect: ["region": "", "enterprise": "private-enterprises"]),
        Case(text: "In 2025, Beijing's exports rose 4.2%.", date: "2026-01-20", value: "4.2", expect: ["region": "beijing"]),
        // Money or its growth stated of a partner with no flow word is the trade with it, both ways.
        Case(text: "2025年重点市场一览。\n● 东盟：7.55万亿元，增长8%。", date: "2026-01-20", value: "7550000000000",
             expect: ["flow": "total", "partner": "asean"], turn: false),
        Case(text: "Key partners in 2025.\n- EU: 5.93 trillion yuan, up 6%.", date: "2026-01-20", value: "6",
             expect: ["flow": "total", "partner": "eu"], turn: false),
        // Names listed after their figures, with "respectively" after the names, take the figures in order.
        Case(text: "In 2025, 12.4% and 9.1% were the export growth rates of toys and garments, respectively.", date: "2026-01-20",
             value: "9.1", expect: ["product": "garments", "flow": "export"]),
        // "From" a quarter after a change is the base of the change, not a span since that quarter.
        Case(text: "In the first quarter of 2025, their share rose to 56.8%, up 2.4 percentage points from the first quarter of last year.",
             date: "2025-04-14", value: "2.4", expect: ["period": "2025-Q1", "metric": "share_change"]),
        // A transport mode named by one plain word is the mode only beside words that say so.
        Case(text: "The road there was bumpier: in the first quarter of 2025, trade grew by 1.3%.", date: "2026-01-20",
             value: "1.3", expect: ["channel": ""]),
        Case(text: "In the first quarter of 2025, trade with ASEAN carried by road rose 23.2%.", date: "2025-04-14",
             value: "23.2", expect: ["channel": "road-transport", "partner": "asean"]),
        // Money through a port is its trade both ways, and of the port, not of the paragraph's region.
        Case(text: "Guangdong's exports rose 3.2% in 2025.\nIn 2025, goods cleared through the Hong Kong-Zhuhai-Macao Bridge port were worth 325.84 billion yuan.",
             date: "2026-01-20", value: "325840000000",
             expect: ["flow": "total", "channel": "hong-kong-zhuhai-macao-bridge", "region": ""], turn: false),
        // A bare number right before "of them" counts the enterprises named before it.
        Case(text: "In the first quarter, foreign-invested enterprises held steady: more than 67,000 of them recorded trade.",
             value: "67000", expect: ["unit": "enterprises", "metric": "count", "approx": "over", "enterprise": "foreign-invested-enterprises"]),
        // An item of a bulleted list that names no flow has the flow of the item before.
        Case(text: "Green products in 2025:\n- Wind turbines: exports up 48.7%.\n- Lithium-ion batteries: up 26.2%.", date: "2026-01-20",
             value: "26.2", expect: ["flow": "export", "product": "lithium-ion-batteries"], turn: false),
        Case(text: "Green products in 2025:\nWind turbines: exports up 48.7%.\nLithium-ion batteries rose 26.2% in value.", date: "2026-01-20",
             value: "26.2", expect: ["flow": ""], turn: false),
    ]
}
