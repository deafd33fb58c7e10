@testable import Extraction

/// Cases of how wire stories word their figures, beside the briefings' wording of `BindingTests.cases`: other
/// words for the flows, for pointing back, for streaks, for members of a category, for counts.
extension BindingTests {
    static let newsCases: [Case] = [
        // Shipments are exports unless they come in; sales abroad are exports, purchases from abroad imports.
        Case(text: "In the first quarter, outbound shipments of toys rose 4.2%, while inbound shipments of soybeans fell 3.1%.",
             value: "-3.1", expect: ["flow": "import", "product": "soybeans"]),
        Case(text: "In the first quarter, outbound shipments of toys rose 4.2%, while inbound shipments of soybeans fell 3.1%.",
             value: "4.2", expect: ["flow": "export", "product": "toys"]),
        Case(text: "Overseas sales of lithium batteries grew by 11.3% in the first quarter.", value: "11.3",
             expect: ["flow": "export", "product": "lithium-ion-batteries"]),
        Case(text: "Purchases from abroad of iron ore edged up 0.7% in the first quarter.", value: "0.7",
             expect: ["flow": "import", "product": "iron-ore"]),
        // "These partners", "these products" point back to the entity of their column named before, in a later
        // paragraph too.
        Case(text: "In the first quarter, trade with ASEAN rose 7.1%.\nThese partners took 16.2% of China's total trade.",
             value: "16.2", expect: ["partner": "asean", "metric": "share"]),
        Case(text: "In the first quarter, exports of industrial robots rose 31.5%.\nThese products made up 0.4% of total exports.",
             value: "0.4", expect: ["product": "industrial-robots", "flow": "export"]),
        // "N years running", "on end", like "in a row": a count of periods, and a rank stated with it holds for the
        // whole streak; a streak's length after a streak noun ("growth streak reaches nine years") counts too.
        Case(text: "In 2025, Vietnam remained China's fourth-largest export market for four years running.",
             date: "2026-01-14", value: "4", nth: 1, expect: ["metric": "count", "period": "2022/2025", "partner": "vietnam"]),
        Case(text: "In 2025, Vietnam remained China's fourth-largest export market for four years running.",
             date: "2026-01-14", value: "4", expect: ["metric": "rank", "period": "2022/2025", "flow": "export"]),
        Case(text: "In 2025, imports of soybeans grew for the third month in a row.", date: "2026-01-14", value: "3",
             expect: ["metric": "count", "period": "2025-10/2025-12", "flow": "import"]),
        Case(text: "Toy exports extend growth streak to six years\nIn 2025, exports of toys rose 2.2%.", date: "2026-01-14",
             value: "6", expect: ["metric": "count", "period": "2020/2025", "flow": "export", "line": "1"], turn: false),
        // Members listed between a pair of dashes, typed as two hyphens or two em dashes, explain the category
        // before them: the figure is the category's.
        Case(text: "In the first quarter, exports of the \"new trio\" -- electric vehicles, lithium-ion batteries and photovoltaic products -- rose 5.3%.",
             value: "5.3", expect: ["product": "new-trio", "flow": "export"], count: 1),
        Case(text: "一季度，“新三样”——电动汽车、锂电池和光伏产品——出口增长5.3%。", value: "5.3",
             expect: ["product": "new-trio", "flow": "export"], count: 1),
        // The dash that ends an English dateline opens no aside.
        Case(text: "2025年我国外贸进出口增长3.8%。\nBEIJING, Jan. 16 (Xinhua) -- Exports of toys rose 2.1 percent in 2025, while imports of soybeans -- a staple -- fell.",
             date: nil, value: "2.1", expect: ["product": "toys", "flow": "export"], turn: false),
        // Growth "from" a year before the last is growth over that span; "neared" a number is nearly it.
        Case(text: "In 2025, exports of industrial robots neared 20 billion yuan, a 2.5-fold increase from 2020.", date: "2026-01-14",
             value: "250", expect: ["metric": "growth", "product": "industrial-robots"]),
        Case(text: "In 2025, exports of industrial robots neared 20 billion yuan, a 2.5-fold increase from 2020.", date: "2026-01-14",
             value: "20000000000", expect: ["approx": "nearly", "metric": "value"]),
        // "The number of businesses ... topped N": a count whose noun stands before the verb.
        Case(text: "In the first quarter, the number of businesses engaged in cross-border e-commerce topped 21,000.",
             value: "21000", expect: ["unit": "enterprises", "metric": "count", "approx": "over", "flow": ""]),
        // 有 before a count: it counts what was described before it, and the amount describing it is no figure.
        Case(text: "2025年，与我国有贸易往来的国家和地区达240个。其中，进口额超过千亿元的有20个，比上年多了3个。", date: "2026-01-14",
             value: "20", expect: ["unit": "countries", "metric": "count"]),
        Case(text: "2025年，与我国有贸易往来的国家和地区达240个。其中，进口额超过千亿元的有20个，比上年多了3个。", date: "2026-01-14",
             value: "3", expect: ["unit": "countries", "metric": "count_change"]),
        Case(text: "2025年，与我国有贸易往来的国家和地区达240个。其中，进口额超过千亿元的有20个，比上年多了3个。", date: "2026-01-14",
             value: "100000000000", expect: [:], count: 0),
        // What a figure came about despite (尽管, "despite", up to a colon) is not its subject.
        Case(text: "一季度，尽管原油价格走低，我国进口增长2.1%。", value: "2.1", expect: ["product": "", "flow": "import"]),
        Case(text: "Imports held up despite cheaper crude oil: imports of soybeans rose 2.1% in the first quarter.", value: "2.1",
             expect: ["product": "soybeans", "flow": "import"]),
        Case(text: "Despite cheaper crude oil, imports rose 2.1% in the first quarter.", value: "2.1",
             expect: ["product": "", "flow": "import"]),
        // A rank that names what it ranks before it: 居……首位, "ranked first".
        Case(text: "2025年，民营企业平均每家出口额为2.3亿元，居各类型企业首位。", date: "2026-01-14", value: "1",
             expect: ["metric": "rank", "unit": "rank", "enterprise": "private-enterprises", "flow": "export"]),
        Case(text: "In 2025, Guangdong ranked first among all provinces in exports.", date: "2026-01-14", value: "1",
             expect: ["metric": "rank", "region": "guangdong", "flow": "export", "period": "2025"]),
        // A span that starts at an event the sentence dated before ("from the launch through April 10").
        Case(text: "The new bonded zone, which opened on March 3, handled 12,000 metric tons of cargo from the opening through April 10.",
             value: "12000", expect: ["period": "2025-03-03/2025-04-10", "unit": "t"]),
    ]
}
