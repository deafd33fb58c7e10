import GraphModel
import TradeText
import XCTest

/// Every way the documents write a number, in English and Chinese, read as a reviewer would read it.
final class NumberReaderTests: XCTestCase {
    /// A text, the number in it that the case is about (the first whose text contains `at`), and what it must read as.
    struct Case {
        let text: String
        let at: String
        let value: Double?
        let unit: GraphModel.Unit?
        var approx: Approximation? = nil
        var not: NotAFigure? = nil
    }

    static let cases: [Case] = [
        Case(text: "total import and export value was 45.47 trillion yuan", at: "45.47", value: 45_470_000_000_000, unit: .cny),
        Case(text: "an increase of 3.8%", at: "3.8", value: 3.8, unit: .percent),
        Case(text: "imports were 4.17 trillion yuan, down by 6%", at: "6", value: -6, unit: .percent),
        Case(text: "imports and exports fell by 2.2% in January", at: "2.2", value: -2.2, unit: .percent),
        Case(text: "up 1.4 percentage points", at: "1.4", value: 1.4, unit: .pp),
        Case(text: "0.9 percentage point higher than last year", at: "0.9", value: 0.9, unit: .pp),
        Case(text: "0.3 percentage points lower", at: "0.3", value: -0.3, unit: .pp),
        Case(text: "more than 780,000 business entities", at: "780", value: 780_000, unit: .enterprises, approx: .over),
        Case(text: "over 190 countries and regions", at: "190", value: 190, unit: .countries, approx: .over),
        Case(text: "nearly 60% of the total", at: "60", value: 60, unit: .percent, approx: .nearly),
        Case(text: "close to 1 trillion US dollars", at: "1", value: 1e12, unit: .usd, approx: .nearly),
        Case(text: "about 20% in the first half", at: "20", value: 20, unit: .percent, approx: .about),
        Case(text: "exceeding 10 trillion yuan", at: "10", value: 1e13, unit: .cny, approx: .over),
        Case(text: "reached 580 million US dollars", at: "580", value: 580_000_000, unit: .usd),
        Case(text: "intended deals exceeding $80 billion", at: "80", value: 80_000_000_000, unit: .usd, approx: .over),
        Case(text: "exports reached 16.03 trillion yuan", at: "16.03", value: 16_030_000_000_000, unit: .cny),
        // Scale words glued to the digits, as magazines write them.
        Case(text: "goods trade came to 45.47trn yuan", at: "45.47", value: 45_470_000_000_000, unit: .cny),
        Case(text: "nearly 3bn tonnes of bulk commodities", at: "3", value: 3e9, unit: .tonnes, approx: .nearly),
        Case(text: "exports worth $1.2tn", at: "1.2", value: 1.2e12, unit: .usd),
        Case(text: "去年我国对东盟进出口突破万亿美元", at: "", value: 1e12, unit: .usd, approx: .over),
        Case(text: "与中亚国家贸易突破千亿美元", at: "千", value: 1e11, unit: .usd, approx: .over),
        Case(text: "3.67 billion yuan", at: "3.67", value: 3_670_000_000, unit: .cny),
        Case(text: "7.55, 3.93 and 2.49 trillion yuan, up 8%, 6.5% and 18.4% respectively", at: "3.93",
             value: 3_930_000_000_000, unit: .cny),
        Case(text: "7.55, 3.93 and 2.49 trillion yuan, up 8%, 6.5% and 18.4% respectively", at: "7.55",
             value: 7_550_000_000_000, unit: .cny),
        Case(text: "growth for three consecutive quarters", at: "three", value: 3, unit: .count),
        Case(text: "nine straight years", at: "nine", value: 9, unit: .count),
        Case(text: "for the 17th consecutive year", at: "17", value: 17, unit: .count),
        Case(text: "accounting for one-sixth of the total trade", at: "one", value: 16.67, unit: .percent),
        Case(text: "two-thirds of the increase", at: "two", value: 66.67, unit: .percent),
        Case(text: "more than half of the total", at: "half", value: 50, unit: .percent, approx: .over),
        Case(text: "a 3.5-fold increase from 2020", at: "3.5", value: 3.5, unit: .times),
        Case(text: "marking a fourfold increase", at: "fourfold", value: 4, unit: .times),
        // A word without a unit is kept where it states a change, for the count before it to give the unit.
        Case(text: "eleven more than last year", at: "eleven", value: 11, unit: nil, not: .noUnit),
        Case(text: "four fewer than in 2023", at: "four", value: -4, unit: nil, not: .noUnit),
        Case(text: "an addition of six", at: "six", value: 6, unit: nil, not: .noUnit),
        Case(text: "six of them", at: "six", value: nil, unit: nil),
        Case(text: "the 15th Five-Year Plan period", at: "15", value: 15, unit: nil, not: .namePart),
        Case(text: "in 2025, facing pressure", at: "2025", value: 2025, unit: nil, not: .year),
        Case(text: "Beijing | 10 a.m. April 14, 2025", at: "10", value: 10, unit: nil, not: .date),
        Case(text: "Beijing | 10 a.m. April 14, 2025", at: "14", value: 14, unit: nil, not: .date),
        Case(text: "the third quarter", at: "third", value: nil, unit: nil),
        Case(text: "call 010-65985566 for details", at: "010", value: 10, unit: nil, not: .identifier),
        Case(text: "one of the largest", at: "one", value: nil, unit: nil),
        Case(text: "Fujian's 5G stations", at: "5", value: 5, unit: nil, not: .namePart),
        Case(text: "我国货物贸易进出口总值45.47万亿元", at: "45.47", value: 45_470_000_000_000, unit: .cny),
        Case(text: "进口4.17万亿元，下降6%", at: "6", value: -6, unit: .percent),
        Case(text: "同比减少2.3%", at: "2.3", value: -2.3, unit: .percent),
        Case(text: "提升1.4个百分点", at: "1.4", value: 1.4, unit: .pp),
        Case(text: "经营主体超过78万家", at: "78", value: 780_000, unit: .enterprises, approx: .over),
        Case(text: "与240多个国家和地区有贸易往来", at: "240", value: 240, unit: .countries, approx: .over),
        Case(text: "增长约2成", at: "2", value: 20, unit: .percent, approx: .about),
        Case(text: "占比超过两成", at: "两", value: 20, unit: .percent, approx: .over),
        Case(text: "超过4成", at: "4", value: 40, unit: .percent, approx: .over),
        Case(text: "占三分之一", at: "三", value: 33.33, unit: .percent),
        Case(text: "六分之一的贸易比重", at: "六", value: 16.67, unit: .percent),
        Case(text: "近一半", at: "一半", value: 50, unit: .percent, approx: .nearly),
        Case(text: "连续9年实现增长", at: "9", value: 9, unit: .count),
        Case(text: "连续三个季度保持增长", at: "三", value: 3, unit: .count),
        Case(text: "进口连续3个季度保持增长", at: "3", value: 3, unit: .count),
        Case(text: "外资企业进出口连续第五个季度增长", at: "五", value: 5, unit: .count),
        Case(text: "实施期限为3年", at: "3", value: 3, unit: .years),
        Case(text: "the port reduced clearance times for fresh produce by 35%", at: "35", value: -35, unit: .percent),
        Case(text: "it shortened waiting time by 20% and processing time by 2.5 hours", at: "2.5", value: -2.5, unit: .hours),
        Case(text: "通关时间压缩了30%", at: "30", value: -30, unit: .percent),
        Case(text: "exports grew by 5.1%, and the port cut fees", at: "5.1", value: 5.1, unit: .percent),
        Case(text: "the licence is valid for six months", at: "six", value: 6, unit: .months),
        Case(text: "exports grew for the sixth consecutive month", at: "sixth", value: 6, unit: .count),
        Case(text: "the third straight year of growth", at: "third", value: 3, unit: .count),
        Case(text: "Asia's largest port and the world's third", at: "third", value: nil, unit: nil),
        Case(text: "日均进出口1.6亿元", at: "1.6", value: 160_000_000, unit: .cny),
        Case(text: "2025年，我国", at: "2025", value: 2025, unit: nil, not: .year),
        Case(text: "1月14日", at: "14", value: 14, unit: nil, not: .date),
        Case(text: "“十四五”时期", at: "十四", value: 14, unit: nil, not: .namePart),
        Case(text: "第二十届", at: "二十", value: 20, unit: nil, not: .namePart),
        Case(text: "一是规模再创新高", at: "一", value: nil, unit: nil),
        Case(text: "图为高坪区一家企业内", at: "一", value: nil, unit: nil),
        Case(text: "比2020年增长3.5倍", at: "3.5", value: 3.5, unit: .times),
        Case(text: "约1.2万吨", at: "1.2", value: 12_000, unit: .tonnes, approx: .about),
        Case(text: "出口7.41万亿元、3.9万亿元", at: "3.9", value: 3_900_000_000_000, unit: .cny),
        Case(text: "分别增长9.7%、20%", at: "20", value: 20, unit: .percent),
        Case(text: "１０．３万亿元", at: "１０", value: 10_300_000_000_000, unit: .cny),
        Case(text: "超１０万亿元", at: "１０", value: 1e13, unit: .cny, approx: .over),
        // Numbers as people say them: compound words, a half more, "a" for one, scales joined by hyphens.
        Case(text: "trade came to more than forty-five trillion yuan", at: "forty", value: 45e12, unit: .cny, approx: .over),
        Case(text: "sixty two countries", at: "sixty", value: 62, unit: .countries),
        Case(text: "trade approached two and a half trillion yuan", at: "two", value: 2.5e12, unit: .cny, approx: .nearly),
        Case(text: "it came in a touch over a trillion U.S. dollars", at: "a", value: 1e12, unit: .usd, approx: .over),
        Case(text: "a hundred billion yuan", at: "a", value: 1e11, unit: .cny),
        Case(text: "trade broke through the hundred-billion-dollar mark", at: "", value: 1e11, unit: .usd),
        Case(text: "it went to a school", at: "a", value: nil, unit: nil),
        Case(text: "north of 45 trillion yuan", at: "45", value: 45e12, unit: .cny, approx: .over),
        Case(text: "just under 3 billion tonnes", at: "3", value: 3e9, unit: .tonnes, approx: .under),
        // Fact-sheet abbreviations, and points that are percentage points only after digits.
        Case(text: "down 2 pp vs 2024", at: "2", value: -2, unit: .pp),
        Case(text: "it added 0.8 of a percentage point to growth", at: "0.8", value: 0.8, unit: .pp),
        Case(text: "high-tech products added 2.4 points", at: "2.4", value: 2.4, unit: .pp),
        Case(text: "the following three points were notable", at: "three", value: nil, unit: nil),
        Case(text: "avg 940 mn yuan per firm", at: "940", value: 940e6, unit: .cny),
        // A clock time in a live blog is no figure, on either side of its colon.
        Case(text: "10:17 — Private firms did much of the lifting", at: "17", value: 17, unit: nil, not: .date),
    ]

    func testEveryCase() throws {
        let reader = NumberReader(lexicon: try Lexicon.bundled())
        for example in Self.cases {
            let text = NormalizedText(example.text)
            let found = reader.numbers(in: text)
            let wanted = found.first { text.text($0.core) == example.at }
                ?? found.first { text.text($0.core).contains(example.at) || example.at.contains(text.text($0.core)) }
            guard let value = example.value else {
                XCTAssertNil(wanted, "\(example.text): '\(example.at)' is no number, read \(String(describing: wanted))")
                continue
            }
            guard let mention = wanted else {
                XCTFail("\(example.text): no number at '\(example.at)' (found \(found.map { text.text($0.range) }))")
                continue
            }
            let where_ = "\(example.text) [\(text.text(mention.range))]"
            XCTAssertEqual(mention.value, value, accuracy: abs(value) * 1e-9, where_)
            XCTAssertEqual(mention.unit, example.unit, where_)
            XCTAssertEqual(mention.approximation, example.approx, where_)
            XCTAssertEqual(mention.notAFigure, example.not, where_)
        }
    }
}
