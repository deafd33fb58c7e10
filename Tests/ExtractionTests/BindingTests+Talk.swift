@testable import Extraction

/// Cases from talk, argument and tables written apart from the extractor (podcasts, op-eds, fact sheets, live
/// blogs): numbers as people say them, a currency named once for the figures after it, tables whose headers say
/// what their cells measure, sections whose headings date them, prices that got cheaper, and names pointed back to
/// by what they are ("the continent", "that group").
extension BindingTests {
    static let talkCases: [Case] = [
        // A name inside a number's unit ("U.S. dollars") is no partner of the figure.
        Case(text: "In dollar terms, trade with ASEAN came in a touch over a trillion U.S. dollars.", date: "2026-01-20",
             value: "1000000000000", expect: ["partner": "asean", "unit": "USD", "approx": "over"]),
        // A dash opens a clause: a live blog's entry "10:17 — Private firms ..." has them as its subject.
        Case(text: "10:17 — Private firms did much of the lifting. Their imports and exports climbed 7.1% to 26.04 trillion yuan.",
             date: "2026-01-20", value: "26040000000000", expect: ["enterprise": "private-enterprises", "flow": "total"],
             turn: false),
        // An amount said without its currency is in the one the text used last, in the same turn or an earlier one;
        // billions of "partner countries" are money, not a count.
        Case(text: "Trade came to 45.47 trillion yuan. Exports carried it: 26.99 trillion, growing 6.1%.", date: "2026-01-20",
             value: "26990000000000", expect: ["unit": "CNY", "flow": "export", "period": "2025"]),
        Case(text: "Host:\nWhat about Belt and Road?\nMara Lindqvist:\nTrade with ASEAN was 7.55 trillion yuan.\nHost:\nAnd the rest?\nMara Lindqvist:\nTrade with the Belt and Road partner countries was 23.6 trillion, up 6.3%.",
             date: "2026-01-20", value: "23600000000000", expect: ["unit": "CNY", "partner": "bri-partner-countries"], turn: false),
        // Counts of partners by size band: the amounts say what the counts count and state no figure; a count of
        // countries takes no partner from the sentence before.
        Case(text: "China's ten largest trading partners took 47.7% of its trade. Fourteen countries and regions each traded more than a trillion yuan with China, while 62 passed 100 billion yuan and 137 passed 10 billion.",
             date: "2026-01-20", value: "137", expect: ["unit": "countries", "partner": "", "flow": "total"]),
        Case(text: "Fourteen countries and regions each traded more than a trillion yuan with China, while 62 passed 100 billion yuan.",
             date: "2026-01-20", value: "100000000000", expect: [:], count: 0),
        // A table's cell measures what its column's header says, of what its row's first cell names; a header's unit
        // is the unit of cells that give none; markdown's pipes and separator line are no cells.
        Case(text: "Partner | Value | Growth | Share of China's total\nEU | 5.93 trn yuan | +6% | 13%", date: "2026-01-20",
             value: "13", expect: ["metric": "share", "flow": "total", "partner": "eu", "evidence": "13%"], turn: false),
        Case(text: "Period | Total trade | Exports | Imports\nH1 2025 | 21.79 trn yuan (+2.9%) | 13 trn yuan (+7.2%) | 8.79 trn yuan (-2.7%)",
             date: "2026-01-20", value: "-2.7", expect: ["flow": "import", "period": "2025-H1", "metric": "yoy_growth"], turn: false),
        Case(text: "| Product | Exports, trn yuan | Growth, % |\n|---|---|---|\n| Equipment manufacturing products | 16.03 | 9.2 |",
             date: "2026-01-20", value: "16030000000000",
             expect: ["unit": "CNY", "flow": "export", "product": "equipment-manufacturing-products", "evidence": "16.03"], turn: false),
        Case(text: "| Product | Exports, trn yuan | Growth, % |\n|---|---|---|\n| Equipment manufacturing products | 16.03 | 9.2 |",
             date: "2026-01-20", value: "9.2", expect: ["unit": "percent", "flow": "export", "metric": "yoy_growth"], turn: false),
        // A numbered heading dates and names its section, up to the next heading.
        Case(text: "6. Hainan FTP: island-wide special customs operations (18 Dec 2025 – 10 Jan 2026)\n- Duty-free sales: 3.89 bn yuan, +49.6%\n- Registered foreign trade firms: 4,709",
             date: "2026-01-20", value: "4709",
             expect: ["period": "2025-12-18/2026-01-10", "policy": "hainan-island-wide-special-customs-operations"], turn: false),
        Case(text: "China's trade in 2025: a client note\n6. Hainan FTP (18 Dec 2025 – 10 Jan 2026)\n- Duty-free sales: 3.89 bn yuan\n7. Enterprises\n- Private firms: 26.04 trn yuan",
             date: "2026-01-20", value: "26040000000000", expect: ["period": "2025", "policy": ""], turn: false),
        // "Per firm" is an average per enterprise.
        Case(text: "- SOEs: 6.06 trn yuan; 13.3% of total; avg 940 mn yuan per firm", date: "2026-01-20", value: "940000000",
             expect: ["unit": "CNY/enterprise", "enterprise": "state-owned-enterprises"], turn: false),
        // Prices that got "cheaper" or cost "less" fell: a price change, negative; "less than in 2024" is a decline.
        Case(text: "Crude oil and iron ore both got roughly 10% cheaper at import.", date: "2026-01-20", value: "-10", nth: 1,
             expect: ["metric": "price_change", "product": "iron-ore", "approx": "about"], count: 2),
        Case(text: "Crude oil and iron ore each cost roughly a tenth less than a year before.", date: "2026-01-20", value: "-10",
             expect: ["metric": "price_change", "product": "crude-oil"], count: 2),
        Case(text: "China's ten largest trading partners took 47.7% of its trade, two percentage points less than in 2024.",
             date: "2026-01-20", value: "-2", expect: ["unit": "pp", "partner": "top-ten-trading-partners"]),
        // Names pointed back to by what they are ("the continent", "that group"), and a sentence opening with "That".
        Case(text: "Africa was the quickest riser among the big regions. Two-way trade with the continent jumped 18.4%.",
             date: "2026-01-20", value: "18.4", expect: ["partner": "africa", "flow": "total"]),
        Case(text: "Trade with the Belt and Road partner countries was 23.6 trillion yuan. Exports to that group contributed 5.4 percentage points to export growth.",
             date: "2026-01-20", value: "5.4", expect: ["partner": "bri-partner-countries", "flow": "export"]),
        Case(text: "The European Union did 5.93 trillion yuan of business with China in 2025. That was 13% of China's foreign trade.",
             date: "2026-01-20", value: "13", expect: ["partner": "eu", "metric": "share"]),
        // An amount of the nation's size of nothing named, with no flow word, is the country's total trade, and so is
        // the growth said right after it; smaller amounts and deals are not.
        Case(text: "Host:\nChina traded north of 45 trillion yuan worth of goods last year. Is that as big as it sounds?\nMara Lindqvist:\nIt is. The exact number is 45.47 trillion yuan, up 3.8% on the year before.",
             date: "2026-01-20", value: "3.8", expect: ["flow": "total", "period": "2025"], turn: false),
        Case(text: "December by itself was 4.26 trillion yuan, the biggest month on record.", date: "2026-01-20",
             value: "4260000000000", expect: ["flow": "total", "period": "2025-12"]),
        Case(text: "Intended deals at the fair exceeded $80 billion.", date: "2026-01-20", value: "80000000000", expect: ["flow": ""]),
        // Points "to" or "of" a growth rate are a contribution to it.
        Case(text: "The EU added 0.8 of a percentage point to overall growth.", date: "2026-01-20", value: "0.8",
             expect: ["metric": "contribution", "unit": "pp", "partner": "eu"]),
        // An amount without a currency is in the document's usual one, not a conversion's said in passing.
        Case(text: "Trade with ASEAN was 7.55 trillion yuan, and in dollar terms a touch over a trillion U.S. dollars. Trade with the EU came to 5.93 trillion.",
             date: "2026-01-20", value: "5930000000000", expect: ["unit": "CNY", "partner": "eu"]),
        // A partner's "own" statistics, named by its capital: its figures are its, and of trade with China.
        Case(text: "Washington's own statistics tell a similar tale: from January to October, American trade with China was $373.64 billion.",
             date: "2026-01-20", value: "373640000000", expect: ["reporter": "united-states", "partner": "china", "period": "2025-01/2025-10"]),
        // A caption's money is the unit of a table's amounts that neither cell nor header gives; "Imports + exports"
        // is total trade; "n/a" states nothing.
        Case(text: "## Table 3. First half of 2025 (January–June), trn yuan and y/y %\n\n| | Imports + exports | y/y % | Exports | y/y % |\n|---|---:|---:|---:|---:|\n| All partners, all goods | 21.79 | 2.9 | 13 | 7.2 |\n| Belt and Road partner countries | 11.29 | 4.7 | n/a | |",
             date: "2026-01-20", value: "11290000000000",
             expect: ["unit": "CNY", "flow": "total", "period": "2025-H1", "partner": "bri-partner-countries"], turn: false),
        Case(text: "## Table 3. First half of 2025, trn yuan and y/y %\n\n| | Imports + exports | y/y % | Exports | y/y % |\n|---|---:|---:|---:|---:|\n| All goods | 21.79 | 2.9 | 13 | 7.2 |",
             date: "2026-01-20", value: "7.2", expect: ["unit": "percent", "flow": "export", "metric": "yoy_growth"], turn: false),
        Case(text: "| Product | Exports, trn yuan | y/y % |\n|---|---|---|\n| Wind turbines | n/a | 48.7 |", date: "2026-01-20",
             value: "1000000000000", expect: [:], count: 0, turn: false),
        // A currency code a space before the number; "the half" is the half-year, no fraction.
        Case(text: "U.S. statistics put U.S. goods trade with China at USD 373.64 bn; growth picked up during the half.",
             date: "2026-01-20", value: "373640000000", expect: ["unit": "USD", "reporter": "united-states"]),
        Case(text: "In 2025 exports grew 6.1%; growth picked up during the half.", date: "2026-01-20", value: "50", expect: [:], count: 0),
        // A numbered heading's plan dates its section and is no policy of its figures.
        Case(text: "四、“十四五”收官：规模跨上新台阶\n“十四五”期间，我国进出口总值先后突破40万亿元、45万亿元关口。", date: "2026-01-18",
             value: "40000000000000", expect: ["policy": ""], turn: false),
        // A run of months that is a quarter is written as the quarter; "exports plus imports" is total trade.
        Case(text: "9. First quarter (January to March): trade of 10.3 trillion yuan, up 1.3%.", date: "2026-02-03",
             value: "10300000000000", expect: ["period": "2025-Q1", "flow": "total"], turn: false),
        Case(text: "1. Total goods trade (exports plus imports) reached 45.47 trillion yuan in 2025, up 3.8% on 2024.",
             date: "2026-02-03", value: "3.8", expect: ["flow": "total", "period": "2025"], turn: false),
        // A paragraph without figures that dates a span of days dates the rest of its section.
        Case(text: "## Part E: Hainan Free Trade Port\nThe figures below cover the first weeks, from 18 December 2025 to 10 January 2026.\n14. Hainan's goods trade: 21.42 billion yuan, up 19.6% year on year.",
             date: "2026-02-03", value: "21420000000", expect: ["period": "2025-12-18/2026-01-10", "region": "hainan"], turn: false),
        // "Half a percent"; "seventeen years straight"; "between them"; a partner a figureless sentence opens on.
        Case(text: "Imports were 18.48 trillion yuan, and they grew by only half a percent.", date: "2026-01-16",
             value: "0.5", expect: ["unit": "percent", "flow": "import", "metric": "yoy_growth"]),
        Case(text: "It's the world's second-largest import market, and it has held that spot for seventeen years straight.",
             date: "2026-01-16", value: "17", expect: ["unit": "count", "period": "2009/2025"]),
        Case(text: "The EU is China's second-biggest trading partner. Trade between them came to 5.93 trillion yuan, up 6 per cent.",
             date: "2026-01-16", value: "5930000000000", expect: ["partner": "eu", "flow": "total"]),
        Case(text: "ASEAN is bigger again. That's 7.55 trillion yuan of trade, up 8 per cent.", date: "2026-01-16",
             value: "7550000000000", expect: ["partner": "asean", "flow": "total"]),
        // A period right after a base of comparison is the base's; a rank's flow word in another clause is the rank's.
        Case(text: "China's trade in 2025\nPrivate enterprises handled 26.04 trillion yuan of China's trade, 57.3 percent of the total, up from 56.8 percent in the first quarter.",
             date: "2026-01-27", value: "57.3", expect: ["period": "2025", "enterprise": "private-enterprises"], turn: false),
        Case(text: "Private enterprises handled 26.04 trillion yuan of China's trade, 57.3 percent of the total, up from 56.8 percent in the first quarter.",
             date: "2026-01-27", value: "56.8", expect: ["period": "2025-Q1"]),
        Case(text: "- ASEAN: 7.55 trillion yuan, up 8%, and China's largest export market for the third year running", date: "2026-01-22",
             value: "7550000000000", expect: ["flow": "total", "partner": "asean"], turn: false),
        // Parts named right after their whole spell it out: the figure is the whole's.
        Case(text: "The \"new trio\" of electric vehicles, lithium batteries and solar panels saw exports grow 27.1 percent over the year.",
             date: "2026-01-27", value: "27.1", expect: ["product": "new-trio", "flow": "export"], count: 1),
        Case(text: "The new trio, so electric vehicles, lithium batteries and solar, was up 27.1% in exports.", date: "2026-01-20",
             value: "27.1", expect: ["product": "new-trio"], count: 1),
        // "Cost import growth 1.4 percentage points": a negative contribution.
        Case(text: "Import prices for crude oil and iron ore fell by roughly ten percent, a slide that by itself cost import growth 1.4 percentage points.",
             date: "2026-01-27", value: "-1.4", expect: ["metric": "contribution", "flow": "import"]),
        // "Offshore duty-free shopping" is a name that says no trade; "from that day to" counts from the event the
        // sentence before dated; a figureless sentence anywhere in the paragraph that names a policy with its place
        // sets the paragraph's policy.
        Case(text: "10:58 — Offshore duty-free shopping over the same stretch brought in 3.89 billion yuan, a 49.6% jump.",
             date: "2026-01-20", value: "49.6", expect: ["flow": "", "policy": "hainan-offshore-duty-free-shopping"], turn: false),
        Case(text: "Let me turn to a launch. On 18 December, the Hainan Free Trade Port started island-wide special customs operations. From that day to 10 January, Hainan's goods trade came to 21.42 billion yuan.",
             date: "2026-01-27", value: "21420000000",
             expect: ["period": "2025-12-18/2026-01-10", "policy": "hainan-island-wide-special-customs-operations", "flow": "total"]),
        // A number inside a name is no count a share could be of.
        Case(text: "China's top ten trading partners took 47.7% of its trade in 2025.", date: "2026-01-22", value: "47.7",
             expect: ["flow": "total", "metric": "share", "partner": "top-ten-trading-partners"]),
        // A sentence that names no flow takes the flow the sentence before opened on, its subject's.
        Case(text: "First-quarter trade had grown by a modest 1.3 percent, to 10.3 trillion yuan, and imports were down 6 percent on a year earlier. By July the half-year figures were in: 21.79 trillion yuan, up 2.9 percent.",
             date: "2026-01-27", value: "2.9", expect: ["flow": "total", "period": "2025-H1"]),
        // A period not over by the publication day is no document's period ("Outlook 2026" of January 2026).
        Case(text: "China Trade Outlook 2026: what the 2025 customs data say\nHigh-tech exports reached 5.25 trillion yuan, 13.2% more than in 2024.",
             date: "2026-01-21", value: "5250000000000", expect: ["period": "2025", "product": "high-tech-products"], turn: false),
        // A caption's units: its percent for the columns that name a rate, its money (currency before scale too) for
        // the rest.
        Case(text: "Table 1. Trade by type of enterprise, 2025 (value: CNY trillion; growth: % year on year)\n| Enterprise type | Value | Growth |\n| --- | ---: | ---: |\n| Private enterprises | 26.04 | 7.1 |",
             date: "2026-01-21", value: "26040000000000", expect: ["unit": "CNY", "enterprise": "private-enterprises", "flow": "total"], turn: false),
        Case(text: "Table 1. Trade by type of enterprise, 2025 (value: CNY trillion; growth: % year on year)\n| Enterprise type | Value | Growth |\n| --- | ---: | ---: |\n| Private enterprises | 26.04 | 7.1 |",
             date: "2026-01-21", value: "7.1", expect: ["unit": "percent", "metric": "yoy_growth", "enterprise": "private-enterprises"], turn: false),
        // A thread's shorthand: "k" for thousand, "~" and ">" as qualifiers, "&" for "and", an amount right after a
        // partner's name, "No.1".
        Case(text: "10/ Firms: >780k businesses traded in 2025.", date: "2026-01-14", value: "780000",
             expect: ["unit": "enterprises", "approx": "over"], turn: false),
        Case(text: "12/ Same 24 days: ~24k shoppers a day.", date: "2026-01-14", value: "24000",
             expect: ["unit": "people/day", "approx": "about"], turn: false),
        Case(text: "6/ Partners: Belt & Road partner countries 23.6trn yuan, +6.3%.", date: "2026-01-14", value: "6.3",
             expect: ["partner": "bri-partner-countries", "flow": "total"], turn: false),
        Case(text: "7/ ASEAN 7.55trn yuan, +8%.", date: "2026-01-14", value: "7550000000000",
             expect: ["partner": "asean", "flow": "total"], turn: false),
        Case(text: "5/ Crude & iron ore import prices ~10% lower.", date: "2026-01-14", value: "-10", nth: 1,
             expect: ["product": "iron-ore", "metric": "price_change"], count: 2, turn: false),
        // A dot between spaces separates the items of a slide: each item's flow is its own.
        Case(text: "Slide 1: 2025 at a glance — Goods trade: 45.47 trillion yuan (+3.8%) · Exports: 26.99 trillion yuan (+6.1%) · Imports: 18.48 trillion yuan (+0.5%)",
             date: "2026-02-10", value: "3.8", expect: ["flow": "total", "period": "2025"], turn: false),
        // The city a briefing was held in is where it met, not a region of the figures.
        Case(text: "China's goods trade grew 3.8% in 2025 to 45.47 trillion yuan, customs officials told a press briefing in Beijing on Wednesday. Exports climbed 6.1% to 26.99 trillion yuan.",
             date: "2026-01-15", value: "6.1", expect: ["region": "", "flow": "export"]),
        // A flow word of a later clause with a figure of its own is that figure's; "by midyear" is the first half.
        Case(text: "By midyear the total stood at 21.79 trillion yuan, 2.9% higher than a year before, even though imports fell 2.7%.",
             date: "2026-01-15", value: "21790000000000", expect: ["flow": "total", "period": "2025-H1"]),
    ]
}
