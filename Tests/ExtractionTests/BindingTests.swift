@testable import Extraction
import Foundation
import GraphLoader
import GraphStore
import XCTest

/// How a number takes its metric, flow, period and entities from the words around it, one rule a case, with
/// sentences written for the test (not copied from the seed documents), read against the bundled graph.
final class BindingTests: XCTestCase {
    /// A paragraph (or several lines), the figure the case is about (the row whose value is `value`, the
    /// `nth` such row), and the columns it must have; "" means the column must be empty.
    struct Case {
        let text: String
        var date: String? = "2025-04-14"
        let value: String
        var nth = 0
        let expect: [String: String]
        /// How many rows have `value`: 0 for a number that must state no figure.
        var count: Int? = nil
        /// Whether the text is a speaker's turn (under a header `Name:`), else lines of a news page.
        var turn = true
    }

    static let cases: [Case] = [
        // A list of numbers side by side takes the list of names before it, with or without "respectively".
        Case(text: "In the first quarter, exports to Australia and Kazakhstan grew by 3.1% and 9.4%.", value: "9.4",
             expect: ["partner": "kazakhstan", "flow": "export", "period": "2025-Q1"]),
        Case(text: "Imports of crude oil and iron ore fell by 4.2% and 7.7%, respectively.", value: "-7.7",
             expect: ["product": "iron-ore", "flow": "import", "metric": "yoy_growth"]),
        // A later list of the same length follows the same names.
        Case(text: "Trade with Japan and South Korea reached 0.5 and 0.6 trillion yuan, up 1.2% and 3.4% respectively.",
             value: "3.4", expect: ["partner": "south-korea", "flow": "total"]),
        // One figure said of a list is one row for each name.
        Case(text: "Exports of auto parts, lithium batteries and flat panel display modules all rose by more than 15%.",
             value: "15", nth: 2, expect: ["product": "flat-panel-display-modules", "approx": "over"], count: 3),
        // One figure said of a list that ends in its category ("X、Y等C", "X, Y and other C") is the category's.
        Case(text: "一季度，储能电池和大型变压器等电工器材出口增长了12.3%。", value: "12.3",
             expect: ["product": "electrical-equipment", "flow": "export"], count: 1),
        Case(text: "In the first quarter, exports of energy storage batteries, large transformers and other electrical equipment rose 9.1%.",
             value: "9.1", expect: ["product": "electrical-equipment"], count: 1),
        // The part of a sentence that states a number ends at "and" right after it.
        Case(text: "Trade with Vietnam grew by 5.5% and with Japan by 2.1% in the first quarter.", value: "5.5",
             expect: ["partner": "vietnam"]),
        // "These two ..." points back to the names the sentence before listed: in order, or one row each; its
        // own number restates their count.
        Case(text: "Demand in Vietnam and Malaysia held up. Our exports to these two markets rose 4.4% and 6.6%, respectively.",
             value: "6.6", expect: ["partner": "malaysia", "flow": "export"]),
        Case(text: "Shipments of toys were brisk, and so were garments. Both categories grew by more than 9% abroad.",
             value: "9", nth: 1, expect: ["product": "garments", "approx": "over"], count: 2),
        Case(text: "Three firms applied. The one you asked about is among these three firms.", value: "3",
             expect: ["metric": "count"], count: 1),
        // One figure said of items that each pair a product with a partner is one row per item.
        Case(text: "In the first quarter, China's exports of toys to Japan and garments to Vietnam both grew by more than 8%.",
             value: "8", nth: 1, expect: ["product": "garments", "partner": "vietnam", "flow": "export"], count: 2),
        // "Both", 均 after figures bound in order spreads the next figure over the same names.
        Case(text: "铁矿砂和大豆进口分别下降3.3%、2.2%，均低于上年水平的90%。", date: "2026-01-14", value: "90", nth: 1,
             expect: ["product": "soybeans"], count: 2),
        // A name after the last item of a list of "N of X" items is each item's.
        Case(text: "In the first quarter, 64% of iron ore and 21.3% of soybeans imported by China came from Australia.",
             value: "64", expect: ["partner": "australia", "product": "iron-ore", "metric": "share", "flow": "import"]),
        // The place an event was held is its venue, not the figures' region.
        Case(text: "In the first quarter, a trade fair was held in Guangdong, attracting 3,200 exhibitors from 45 countries.",
             value: "45", expect: ["region": "", "unit": "countries"]),
        Case(text: "一季度，进口博览会在上海举行，吸引了来自50个国家和地区的企业。", value: "50", expect: ["region": "", "unit": "countries"]),
        // A name after the number may hold commas of its own.
        Case(text: "In 2025, exports grew by 4.2% in computer, communication and other electronic equipment manufacturing.",
             date: "2026-01-14", value: "4.2", expect: ["product": "computer-communication-electronic-equipment-manufacturing"]),
        // Examples after "such as" explain the name before them.
        Case(text: "Exports of electrical equipment such as large transformers rose 12.3%.", value: "12.3",
             expect: ["product": "electrical-equipment"]),
        Case(text: "In the first quarter, the \"new trio\" goods, namely electric vehicles, lithium-ion batteries and photovoltaic products, saw exports grow by 6.4%.",
             value: "6.4", expect: ["product": "new-trio", "flow": "export"], count: 1),
        // A paragraph keeps its enterprise type; "these countries" points back to the partner named last.
        Case(text: "Private enterprises remained the main force. Their exports of industrial robots grew by 30.2%.",
             value: "30.2", expect: ["enterprise": "private-enterprises", "product": "industrial-robots"]),
        // Enterprises that a sentence's figures count are what it counts, not the paragraph's subject: the next
        // sentence takes them only by pointing back.
        Case(text: "In the first quarter, 86,000 private enterprises recorded exports. Exports of toys grew by 6.1%.",
             value: "6.1", expect: ["enterprise": "", "product": "toys"]),
        Case(text: "In the first quarter, 52,000 foreign-invested enterprises recorded exports. Their total trade grew by 3.2%.",
             value: "3.2", expect: ["enterprise": "foreign-invested-enterprises"]),
        // What drove a figure ("driven by ...", 在……带动下) is not its subject, a list of names included.
        Case(text: "Driven by routes such as the China-Europe Railway Express, the new western land-sea corridor and the China-Laos Railway, exports of the border provinces grew by 7.3% in the first quarter.",
             value: "7.3", expect: ["channel": "", "region": "border-provinces", "flow": "export"]),
        Case(text: "在中欧班列、中老铁路等通道带动下，一季度沿边省区出口增长7.3%。", value: "7.3",
             expect: ["channel": "", "region": "border-provinces", "flow": "export"]),
        // So are the circumstances a figure came about in ("amid ...", 在……的情况下).
        Case(text: "Amid falling prices of crude oil, imports grew by 2.1% in the first quarter.", value: "2.1",
             expect: ["product": "", "flow": "import"]),
        Case(text: "在原油价格下降的情况下，一季度进口增长2.1%。", value: "2.1", expect: ["product": "", "flow": "import"]),
        // A sentence whose subject is a channel turns the paragraph from its region to the channel, which the next
        // sentence's figures measure when it names nothing.
        Case(text: "In the first quarter, Guangdong's exports grew by 5.2%. The China-Laos Railway has kept expanding its role. Trade along the line reached 3.1 billion yuan.",
             value: "3100000000", expect: ["channel": "china-laos-railway", "region": "", "flow": "total"]),
        Case(text: "一季度，广东出口增长5.2%。中老铁路充分发挥了通道作用，沿线进出口31亿元。", value: "3100000000",
             expect: ["channel": "china-laos-railway", "region": "", "flow": "total"]),
        // A paragraph that opens, without figures, on China and one partner is about that partner.
        Case(text: "China and African countries have deepened cooperation in agriculture. Exports of agricultural machinery grew by 14.2%.",
             date: "2026-01-14", value: "14.2", expect: ["partner": "africa", "product": "agricultural-machinery"]),
        Case(text: "China, ASEAN and Africa have deepened cooperation in agriculture. Exports of agricultural machinery grew by 14.2%.",
             date: "2026-01-14", value: "14.2", expect: ["partner": ""]),
        // A sentence without figures makes only its subject the topic, not a name in passing.
        Case(text: "In the first quarter, Guangdong opened new routes. Exports of toys grew by 5.1%.", value: "5.1",
             expect: ["region": "guangdong", "product": "toys"]),
        Case(text: "Railways in the central and western regions were upgraded. Exports of toys grew by 5.1%.", value: "5.1",
             expect: ["region": "", "product": "toys"]),
        // A sentence that names no entity, nor a flow before its figures, goes on about the subject before.
        Case(text: "Exports of toys rose 8.1% in the first quarter. In March alone, growth reached 12.6%.", value: "12.6",
             expect: ["product": "toys", "flow": "export", "period": "2025-03"]),
        Case(text: "Trade with ASEAN expanded. Exports of pesticide formulations to these countries rose 8.8%.",
             value: "8.8", expect: ["partner": "asean", "flow": "export"]),
        // The world is the scope of a share, not its partner, unless someone else's statistics are cited.
        Case(text: "China's share of global exports stayed at about 14%.", date: "2026-01-14", value: "14",
             expect: ["partner": "", "metric": "share", "flow": "export"]),
        Case(text: "According to the WTO, global trade in services grew by 6.8% in 2024.", date: "2026-01-14",
             value: "6.8", expect: ["partner": "world", "period": "2024"]),
        // A partner's own statistics report its figures, and their partner is China.
        Case(text: "According to Japan's statistics, Japan's trade with China came to $292.6 billion in 2024.",
             date: "2026-01-14", value: "292600000000", expect: ["partner": "china", "reporter": "japan", "period": "2024"]),
        Case(text: "据日本统计，2024年日本对华贸易额2926亿美元。", date: "2026-01-14", value: "292600000000",
             expect: ["partner": "china", "reporter": "japan"]),
        // A figure no flow word names measures no trade flow.
        Case(text: "In the first quarter, the manufacturing PMI of the region stood at 50.3%.", value: "50.3", expect: ["flow": ""]),
        // The world is where countries are counted, and "trading partner of" is a relation, not the count's flow.
        Case(text: "The latest international data shows that China is now a main trading partner of over 150 countries and regions worldwide.",
             date: "2026-01-14", value: "150", expect: ["partner": "", "flow": "", "unit": "countries"]),
        // A figure set against a base year is the state now, not the span a sentence before named.
        Case(text: "In 2025, foreign trade held up.\nOver the past five years, our circle of partners kept widening. China is now a major trading partner of 150 countries, an increase of 25 from 2020.",
             date: "2026-01-14", value: "25", expect: ["period": "2025", "metric": "count_change", "unit": "countries"]),
        Case(text: "中国已成为140多个国家和地区的主要贸易伙伴，比上年增加10多个。", date: "2026-01-14", value: "10",
             expect: ["metric": "count_change", "unit": "countries", "approx": "over"]),
        // "minus 1%" is a decline; a rate after a rate of a count is the count's too.
        Case(text: "The WTO now expects global trade volume growth of minus 0.5% this year.", date: "2026-01-14", value: "-0.5",
             expect: ["partner": "world"]),
        Case(text: "In the first quarter, 51,000 enterprises recorded exports, up 4.4%, and accounting for 61% of the national total.",
             value: "61", expect: ["flow": "", "metric": "share"]),
        // Counts of enterprises have no flow; growth stated right after a count is the count's growth.
        Case(text: "In the first quarter, 612,000 enterprises engaged in imports and exports, up 3.3%.", value: "3.3",
             expect: ["metric": "count_growth", "flow": ""]),
        Case(text: "In the first quarter, 612,000 enterprises engaged in imports and exports, up 3.3%.", value: "612000",
             expect: ["unit": "enterprises", "flow": ""]),
        // A total reached after a change is a stock at the end of the period; "half a million" is an amount.
        Case(text: "In the first quarter, registered exporters grew by 320, bringing the total to 5,140.", value: "5140",
             expect: ["period": "2025-03-31", "unit": "enterprises", "metric": "count"]),
        Case(text: "一季度新增备案企业320家，累计数量达到5140家。", value: "5140", expect: ["period": "2025-03-31"]),
        Case(text: "In 2025, the number of registered foreign enterprises rose by 20,000, bringing the total to over half a million.",
             date: "2026-01-14", value: "500000", expect: ["period": "2025-12-31", "unit": "enterprises", "approx": "over"]),
        // Bare numbers count what the count before them counted, in the sentence or in one pointing back.
        Case(text: "Last year, 180 countries and regions imported Chinese toys. Among them, 25 bought more than a billion yuan.",
             date: "2026-01-14", value: "25", expect: ["unit": "countries", "metric": "count"]),
        Case(text: "In 2025, 31 countries joined the platform. Compared to 2024, these figures rose by 3, 5 and 7 respectively.",
             date: "2026-01-14", value: "5", expect: ["unit": "countries", "metric": "count_change"]),
        Case(text: "2025年，与我国签署合作文件的国家和地区有150个，比上年增加了8个。", date: "2026-01-14", value: "8",
             expect: ["unit": "countries", "metric": "count_change"]),
        // Chinese ranks of a nation (第一大国), of export destinations and import sources.
        Case(text: "2025年，我国继续保持全球服务贸易第二大国地位。", date: "2026-01-14", value: "2",
             expect: ["metric": "rank", "flow": "total"]),
        Case(text: "2025年，我国保持全球服务贸易第二大地位。", date: "2026-01-14", value: "2",
             expect: ["metric": "rank", "flow": "total"]),
        Case(text: "2025年，日本是我国第四大进口来源国。", date: "2026-01-14", value: "4",
             expect: ["metric": "rank", "flow": "import", "partner": "japan"]),
        Case(text: "2025年，我国连续9年成为该国第一大进口来源地。", date: "2026-01-14", value: "9",
             expect: ["metric": "count", "flow": "import", "period": "2017/2025"]),
        // Goods sold to (销往, 畅销) countries are exported there.
        Case(text: "2025年，我国无人机畅销120多个国家和地区。", date: "2026-01-14", value: "120",
             expect: ["flow": "export", "unit": "countries", "approx": "over"]),
        // A change of a count written as a word ("five more", "an increase of two", "two fewer") counts what it counted.
        Case(text: "Last year, exports of toys reached more than 90 countries and regions, five more than in 2024.",
             date: "2026-01-14", value: "5", expect: ["unit": "countries", "metric": "count_change", "flow": "export"]),
        Case(text: "In the first quarter, 41 countries signed the agreement, an increase of two compared to 2024.", value: "2",
             expect: ["unit": "countries", "metric": "count_change", "period": "2025-Q1"]),
        Case(text: "In the first quarter, 41 countries signed the agreement, two fewer than a year earlier.", value: "-2",
             expect: ["unit": "countries", "metric": "count_change"]),
        // Days and spans of days; "from" before a span starts it.
        Case(text: "From March 3, 2025, to April 10, 2025, the port handled 12,000 metric tons of cargo.", value: "12000",
             expect: ["period": "2025-03-03/2025-04-10", "unit": "t"]),
        // A later paragraph of the turn that restates a dated span without its dates takes that span, and passes it on.
        Case(text: "试点以来截至本月上旬（2025年12月20日—2026年1月9日），口岸进口货物1.2万吨。\n自试点启动后截至本月上旬，新增备案企业360家，24天的新增数量相当于2024年全年。同期进出口总值18.6亿元。",
             date: "2026-01-14", value: "1860000000", expect: ["period": "2025-12-20/2026-01-09"]),
        Case(text: "试点以来截至本月上旬（2025年12月20日—2026年1月9日），口岸进口货物1.2万吨。\n自试点启动后截至本月上旬，新增备案企业360家，24天的新增数量相当于2024年全年。",
             date: "2026-01-14", value: "360", expect: ["period": "2025-12-20/2026-01-09", "unit": "enterprises"]),
        Case(text: "From March 3, 2025, to April 10, 2025, the port handled 12,000 metric tons of cargo.\nUp to early this month, 320 enterprises registered at the port.",
             value: "320", expect: ["period": "2025-03-03/2025-04-10", "unit": "enterprises"]),
        // On a news page, the period an article's lead names after its dateline holds for the article, up to the
        // next headline.
        Case(text: page, date: "2026-01-16", value: "40", expect: ["period": "2026/2030"], turn: false),
        Case(text: page, date: "2026-01-16", value: "30", expect: ["period": "2025"], turn: false),
        // A sentence without figures passes on the period it opens with, not one it names in passing.
        Case(text: "In the first quarter, foreign trade held up. This matched a record set in 2021. Exports rose 6.9%.",
             value: "6.9", expect: ["period": "2025-Q1"]),
        // The past N years are the whole years before the reference year.
        Case(text: "Over the past five years, imports totaled 80 trillion yuan.", date: "2026-01-14",
             value: "80000000000000", expect: ["period": "2021/2025", "flow": "import"]),
        // An average annual rate spans the years from the base its sentence compares with.
        Case(text: "In 2025, trade with Africa was 52% higher than in 2019, with an average annual growth rate of 7.2%.",
             date: "2026-01-14", value: "7.2", expect: ["period": "2020/2025", "metric": "avg_annual_growth", "partner": "africa"]),
        Case(text: "我国出口国际市场份额稳定在14%左右，5年累计出口超过120万亿元。", date: "2026-01-14", value: "120000000000000",
             expect: ["period": "2021/2025", "flow": "export"]),
        // Streaks: from a named start, and a rank in a streak's clause holds for the whole streak when the streak
        // says how long it held (for the streak's last year when it says which time it is: `pointingCases`).
        Case(text: "从4月份开始，出口连续6个月保持增长。", date: "2025-11-14", value: "6",
             expect: ["period": "2025-04/2025-09", "metric": "count"]),
        Case(text: "In 2025, China was the world's second-largest importer for 12 consecutive years.", date: "2026-01-14",
             value: "2", expect: ["metric": "rank", "period": "2014/2025", "flow": "import", "partner": ""]),
        // A multiple that a growth word states is growth in percent; a multiple alone stays a ratio.
        Case(text: "In the first quarter, exports of industrial robots recorded a twofold increase.", value: "200",
             expect: ["unit": "percent", "metric": "yoy_growth", "product": "industrial-robots"]),
        Case(text: "2025年，工业机器人出口比2019年增长2.5倍。", date: "2026-01-14", value: "250",
             expect: ["unit": "percent", "metric": "growth", "flow": "export"]),
        Case(text: "In the first quarter, imports of toys were 1.8 times their exports.", value: "1.8",
             expect: ["unit": "times", "metric": "ratio", "flow": "import"]),
        Case(text: "2025年，该省出口是进口的1.6倍。", date: "2026-01-14", value: "1.6",
             expect: ["unit": "times", "metric": "ratio", "flow": "export"]),
        // Percentage points after a share are its change; after growth, a gap in growth; "lowered ... by" a drag.
        Case(text: "Their share rose to 17.5%, up 1.1 percentage points.", value: "1.1",
             expect: ["metric": "share_change"]),
        Case(text: "Exports grew 7.2%, 1.3 percentage points higher than the overall growth.", value: "1.3",
             expect: ["metric": "growth_change"]),
        Case(text: "Lower prices lowered the import growth rate by 1.9 percentage points.", value: "-1.9",
             expect: ["metric": "contribution", "flow": "import"]),
        // After a figure stated for several names, a figure that names none of them again is of none alone.
        Case(text: "The import prices of coal and iron ore fell by about 15%, which lowered overall import growth by 1.2 percentage points.",
             value: "-1.2", expect: ["product": "", "metric": "contribution"]),
        Case(text: "Imports of crude oil and soybeans fell by 3.3% and 8.1%, respectively. These declines lowered overall import growth by 0.9 percentage points.",
             value: "-0.9", expect: ["product": "", "flow": "import"]),
        // Growth words running on to "to" state a level; growth of a throughput is quantity growth.
        Case(text: "Their proportion of total exports increased to 21.4%.", value: "21.4",
             expect: ["metric": "share", "flow": "export"]),
        Case(text: "2025年，某港货物吞吐量同比增长12.6%。", date: "2026-01-14", value: "12.6",
             expect: ["metric": "quantity_growth", "flow": ""]),
        // A standing fact in a quarterly report is the year's; counted nouns after a modifier.
        Case(text: "China has more than 400 million middle-income people.", value: "400000000",
             expect: ["unit": "people", "period": "2025"]),
        Case(text: "Vietnam, with a population of about 100 million, is a growing market.", value: "100000000",
             expect: ["unit": "people", "approx": "about"]),
        Case(text: "Customs introduced 17 facilitation measures in the first quarter.", value: "17",
             expect: ["unit": "count", "metric": "count", "period": "2025-Q1"]),
        // A word for "each" in the clause makes an amount or a count an average per day, minute, enterprise, project.
        Case(text: "In the first quarter, the port cleared goods worth 35 million yuan every day.", value: "35000000",
             expect: ["unit": "CNY/day", "metric": "average_value", "flow": ""]),
        Case(text: "2025年，该口岸日均通关旅客1.2万人。", date: "2026-01-14", value: "12000",
             expect: ["unit": "people/day", "metric": "average_count"]),
        Case(text: "2025年，外资企业平均每家进出口2.3亿元。", date: "2026-01-14", value: "230000000",
             expect: ["unit": "CNY/enterprise", "enterprise": "foreign-invested-enterprises"]),
        Case(text: "In the first quarter, daily exports of toys grew by 4.1%.", value: "4.1",
             expect: ["unit": "percent", "metric": "yoy_growth"]),
        // Temperatures are quantities in degrees Celsius, of no trade flow.
        Case(text: "The new freezer keeps working when the outdoor temperature falls below 40 degrees Celsius.", value: "40",
             expect: ["unit": "celsius", "metric": "quantity", "flow": ""]),
        Case(text: "该设备在室外温度超过55摄氏度时仍能工作。", value: "55", expect: ["unit": "celsius", "approx": "over"]),
        // A turn that opens on a policy in a region is about that policy: its figures that name no policy are
        // the policy's, and a later paragraph that opens on another policy as its subject is about that one.
        Case(text: "Guangdong has now rolled out the single window across the province.\nFirst, in the first quarter, 1,250 enterprises registered, up 8.4%.",
             value: "8.4", expect: ["policy": "single-window"]),
        Case(text: "Guangdong has now rolled out the single window across the province.\nSecond, AEO certification keeps spreading. In the first quarter, 320 enterprises were certified.",
             value: "320", expect: ["policy": "aeo-certification"]),
        Case(text: "广东已在全省推行“单一窗口”。\n一季度，新增备案企业1250家，增长8.4%。", value: "8.4",
             expect: ["policy": "single-window"]),
        // A policy named without a place in the turn's opening sentence is a setting, not the turn's subject.
        Case(text: "Trade with ASEAN kept growing under the single window.\nIn the first quarter, exports to Vietnam rose 5.1%.",
             value: "5.1", expect: ["policy": ""]),
        // Travellers' shopping and outbound people are not trade: the flow words inside them say nothing.
        Case(text: "In the first quarter, visitors made duty-free purchases worth 1.5 billion yuan at the airport.",
             value: "1500000000", expect: ["flow": ""]),
        Case(text: "In the first quarter, the number of outbound tourists rose 7.2%.", value: "7.2", expect: ["flow": ""]),
        // Deals signed at a fair are no customs trade.
        Case(text: "In the first quarter, imports grew by 3.1%. At the import expo, intended deals exceeded $6.2 billion.",
             value: "6200000000", expect: ["flow": "", "unit": "USD"]),
        Case(text: "一季度，进口增长3.1%。进口博览会期间，意向成交金额超过62亿美元。", value: "6200000000", expect: ["flow": "", "unit": "USD"]),
        // A cap on an amount after things granted one by one is a cap per each.
        Case(text: "对符合条件的示范项目，中央补助比例最高60%，最多不超过5亿元。", value: "500000000",
             expect: ["unit": "CNY/project", "metric": "limit"]),
        Case(text: "For joint projects of two provinces, the subsidy covers up to 70% of the cost, capped at 800 million yuan.",
             value: "800000000", expect: ["unit": "CNY/project", "metric": "limit"]),
        // A change word after a number may be followed by what the change counts: days are counted too.
        Case(text: "The first quarter had three fewer working days than a year earlier, which weighed on exports.", value: "-3",
             expect: ["unit": "days", "metric": "count_change", "flow": "", "period": "2025-Q1"]),
        // A product that a sentence without figures names is what the next sentence's figures measure when that
        // sentence names nothing; after a sentence with figures it is not carried.
        Case(text: "Shipments of wind turbines abroad have kept climbing in recent years. In the first quarter, exports grew by 21.4%, and their share of the total rose to 1.2%.",
             value: "1.2", expect: ["product": "wind-turbines", "flow": "export", "metric": "share"]),
        Case(text: "Exports of wind turbines rose by 10.1% in the first quarter. Overall, exports grew by 6.9%.",
             value: "6.9", expect: ["product": "", "flow": "export"]),
        // An ordinal in words before "consecutive" counts the streak's periods, ending at the figure's period.
        Case(text: "In the first quarter, exports of toys grew by 3.1%, rising for the fifth consecutive quarter.", value: "5",
             expect: ["unit": "count", "metric": "count", "period": "2024-Q1/2025-Q1", "product": "toys"]),
        // A rank of no trade describes a thing as it stands: the report's year, not the period of the sentence before.
        Case(text: "In the first quarter, exports grew by 6.9%.\nLast year, the province opened new cargo routes to Europe. Its Linkong hub is now Asia's first fully automated cargo airport.",
             value: "1", expect: ["unit": "rank", "period": "2025", "flow": ""]),
        // A share of a world total is a standing fact, the year's in a quarterly report; one of GDP has no flow.
        Case(text: worldShares, value: "35", expect: ["flow": "", "period": "2025", "metric": "share"]),
        Case(text: worldShares, value: "40", expect: ["flow": "export", "period": "2025", "metric": "share"]),
        Case(text: worldSharesZH, value: "35", expect: ["flow": "", "period": "2025", "metric": "share"]),
        Case(text: worldSharesZH, value: "40", expect: ["flow": "export", "period": "2025", "metric": "share"]),
        // A day named without its year is the last such day up to the publication: the document's date, else the
        // day of its first dateline.
        Case(text: "From Dec. 20 to Jan. 9, the port handled 12,000 metric tons of cargo.", date: "2026-01-14", value: "12000",
             expect: ["period": "2025-12-20/2026-01-09"]),
        Case(text: "2025年我国外贸进出口增长3.8%。\n本报北京1月16日电（记者王明）商务部近日发布通知。\n1月16日，商务部等5部门联合举行发布会。", date: nil,
             value: "5", expect: ["period": "2026-01-16", "unit": "count"], turn: false),
        // How long something is set to last is a duration in the unit after it; an article's lead names the policy
        // its figures are about.
        Case(text: "Each pilot zone is approved for a term of three years.", value: "3",
             expect: ["unit": "years", "metric": "duration", "flow": ""]),
        Case(text: "2025年我国外贸进出口增长3.8%。\n本报北京1月16日电（记者王明）财政部近日修订《重点生态保护修复治理资金管理办法》。\n符合条件的项目，实施期限为5年。",
             date: nil, value: "5", expect: ["unit": "years", "metric": "duration", "policy": "ecological-restoration-funds-measures"],
             turn: false),
        // A headline's figure that the article beneath restates is one figure, the article's.
        Case(text: "去年出口增长6.1%——\n本报北京1月16日电（记者王明）海关总署发布数据，2025年我国出口增长6.1%。", date: nil, value: "6.1",
             expect: ["line": "2", "flow": "export"], count: 1, turn: false),
        // "To date", 截至目前: a total up to the day the document was published.
        Case(text: "In 2025, exports grew by 6.1%. To date, customs authorities of 57 countries have joined the platform.",
             date: "2026-01-14", value: "57", expect: ["period": "2026-01-14", "unit": "countries"]),
        // Chinese counts: 个 before a group of partners counts countries; a number after its noun, with a measure
        // word, counts that noun's things.
        Case(text: "2025年，海关与6个共建国家签署了检验检疫合作文件。", date: "2026-01-14", value: "6",
             expect: ["unit": "countries", "partner": "bri-partner-countries"]),
        Case(text: "2025年出口增长6.1%。截至目前，已发布典型案例35个。", date: "2026-01-14", value: "35",
             expect: ["unit": "count", "period": "2026-01-14"]),
        // A sentence that a page break splits over two lines is read whole; each figure keeps its own line.
        Case(text: "从更多市场进口实现增长。去年，我国自全球80多个国家和地区\n\n的进口实现了增长。", date: "2026-01-14", value: "80",
             expect: ["flow": "import", "unit": "countries", "line": "2", "evidence": "我国自全球80多个国家和地区"]),
        Case(text: "In the first quarter, the exports of toys from the coastal provinces of the country\n\ngrew by 6.2% year on year.",
             value: "6.2", expect: ["product": "toys", "flow": "export", "period": "2025-Q1", "line": "4",
                                    "evidence": "grew by 6.2% year on year"]),
        // Words for numbers with their qualifier.
        Case(text: "In the first quarter, exports of toys maintained double-digit growth.", value: "10",
             expect: ["approx": "over", "metric": "yoy_growth", "product": "toys"]),
    ]

    /// A quarterly report's shares of world totals, one of GDP and one of exports, in English and in Chinese.
    static let worldShares = "In the first quarter, exports grew by 6.9%.\nMember economies account for about 35% of global GDP and over 40% of global exports."
    static let worldSharesZH = "一季度，出口增长6.9%。\n成员经济体约占全球经济总量的35%，占全球出口的40%以上。"

    /// A news page of two articles: the first with a dateline and a lead naming a plan period.
    static let page = "2025年我国外贸进出口增长3.8%。\n财政部：\n本报北京1月16日电（记者王明）财政部近日发布通知，明确了“十五五”时期港口建设的支持政策。\n符合条件的项目，中央财政奖补比例为40%。\n加强电池管理\n某部门表示，企业奖补比例为30%。"

    func testEveryCase() throws {
        let store = try GraphLoader.load(folders: [SeedDocument.graph])
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("binding-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for (index, testCase) in (Self.cases + Self.newsCases + Self.pointingCases + Self.releaseCases + Self.featureCases + Self.talkCases).enumerated() {
            let file = scratch.appendingPathComponent("case-\(index).txt")
            try ((testCase.turn ? "Wang Lingjun:\n" : "") + testCase.text + "\n").write(to: file, atomically: true, encoding: .utf8)
            let request = ExtractionRequest(path: file.path, sourceID: "case-\(index)", date: testCase.date)
            let rows = try DraftRun.draft(request, store: store).tables.first { $0.kind == "measurements" }?.rows ?? []
            let matching = rows.filter { $0["value"] == testCase.value }
            let label = "\(testCase.text) [\(testCase.value)]"
            if let count = testCase.count { XCTAssertEqual(matching.count, count, "rows of \(label)") }
            guard matching.count > testCase.nth else {
                if testCase.count == 0 { continue }
                XCTFail("no row with value \(testCase.value) in \(label); rows: \(rows.map { $0["value"] ?? "" })")
                continue
            }
            let row = matching[testCase.nth]
            for (column, expected) in testCase.expect {
                XCTAssertEqual(row[column] ?? "", expected, "\(column) of \(label)")
            }
        }
    }
}
