/// The words a figure's statement is built from, in English and Chinese: one template per metric (a second for
/// a fall, where the verb changes with the sign), the words of each flow and each dimension relationship, and
/// the note clauses that are curators' remarks rather than what a figure counts. Kept together, as data, so a
/// reader can review and extend the wording without reading the code that assembles it.
///
/// Templates hold `{s}` (what the figure is about: "China's exports to ASEAN"), `{a}` (the amount with its
/// qualifier; for a template with a fall, the amount without its sign) and `{p}` (the period; in English with its
/// preposition: "in 2025-Q1", "as of 2025-04-14", "from 2025-12-18 to 2026-01-10").
enum FigureWords {
    /// Rise (or level) template and fall template per metric, English.
    static let english: [String: (rise: String, fall: String?)] = [
        "value": ("{s} amounted to {a} {p}", nil),
        "yoy_growth": ("{s} grew {a} year on year {p}", "{s} fell {a} year on year {p}"),
        "growth": ("{s} grew {a} {p}", "{s} fell {a} {p}"),
        "avg_annual_growth": ("{s} grew {a} a year on average {p}", "{s} fell {a} a year on average {p}"),
        "mom_growth": ("{s} grew {a} month on month {p}", "{s} fell {a} month on month {p}"),
        "share": ("{s} accounted for {a} {p}", nil),
        "share_change": ("the share of {s} rose {a} {p}", "the share of {s} fell {a} {p}"),
        "contribution": ("{s} contributed {a} to growth {p}", "{s} held growth back by {a} {p}"),
        "contribution_rate": ("{s} accounted for {a} of growth {p}", nil),
        "growth_change": ("growth of {s} quickened by {a} {p}", "growth of {s} slowed by {a} {p}"),
        "count": ("{s}: {a} {p}", nil),
        "count_change": ("the number for {s} rose by {a} {p}", "the number for {s} fell by {a} {p}"),
        "count_growth": ("the number for {s} grew {a} {p}", "the number for {s} fell {a} {p}"),
        "quantity": ("{s} amounted to {a} {p}", nil),
        "quantity_growth": ("the quantity of {s} grew {a} {p}", "the quantity of {s} fell {a} {p}"),
        "price_change": ("prices of {s} rose {a} {p}", "prices of {s} fell {a} {p}"),
        "ratio": ("{s}: {a} {p}", nil),
        "rank": ("{s} ranked {a} {p}", nil),
        "index": ("{s}: index at {a} {p}", nil),
        "average_value": ("{s} averaged {a} {p}", nil),
        "average_count": ("{s} averaged {a} {p}", nil),
        "duration_change": ("{s} lengthened by {a} {p}", "{s} shortened by {a} {p}"),
        "threshold": ("{s} passed {a} {p}", nil),
        "limit": ("{s}: at most {a} {p}", nil),
    ]

    /// Rise (or level) template and fall template per metric, Chinese.
    static let chinese: [String: (rise: String, fall: String?)] = [
        "value": ("{p}{s}为{a}", nil),
        "yoy_growth": ("{p}{s}同比增长{a}", "{p}{s}同比下降{a}"),
        "growth": ("{p}{s}增长{a}", "{p}{s}下降{a}"),
        "avg_annual_growth": ("{p}{s}年均增长{a}", "{p}{s}年均下降{a}"),
        "mom_growth": ("{p}{s}环比增长{a}", "{p}{s}环比下降{a}"),
        "share": ("{p}{s}占比{a}", nil),
        "share_change": ("{p}{s}占比提高{a}", "{p}{s}占比下降{a}"),
        "contribution": ("{p}{s}拉动增长{a}", "{p}{s}拉低增长{a}"),
        "contribution_rate": ("{p}{s}贡献率为{a}", nil),
        "growth_change": ("{p}{s}增速加快{a}", "{p}{s}增速回落{a}"),
        "count": ("{p}{s}：{a}", nil),
        "count_change": ("{p}{s}数量增加{a}", "{p}{s}数量减少{a}"),
        "count_growth": ("{p}{s}数量增长{a}", "{p}{s}数量下降{a}"),
        "quantity": ("{p}{s}为{a}", nil),
        "quantity_growth": ("{p}{s}数量增长{a}", "{p}{s}数量下降{a}"),
        "price_change": ("{p}{s}价格上涨{a}", "{p}{s}价格下跌{a}"),
        "ratio": ("{p}{s}：{a}", nil),
        "rank": ("{p}{s}位居{a}", nil),
        "index": ("{p}{s}指数为{a}", nil),
        "average_value": ("{p}{s}平均为{a}", nil),
        "average_count": ("{p}{s}平均为{a}", nil),
        "duration_change": ("{p}{s}延长{a}", "{p}{s}缩短{a}"),
        "threshold": ("{p}{s}突破{a}", nil),
        "limit": ("{p}{s}最高{a}", nil),
    ]

    /// A metric outside the tables: its name, then the amount.
    static let otherMetric = (english: "{s}: {m} {a} {p}", chinese: "{p}{s}{m}：{a}")

    /// The noun of a flow: "China's exports", "我国出口".
    static let flowNouns: [String: (english: String, chinese: String)] = [
        "total": ("trade", "进出口"), "export": ("exports", "出口"), "import": ("imports", "进口"),
    ]

    /// The preposition before a partner, by flow: "exports to", "imports from", "trade with"; 对/自 in Chinese.
    static let partnerWords: [String: (english: String, chinese: String)] = [
        "total": ("with", "对"), "export": ("to", "对"), "import": ("from", "自"),
    ]

    /// The words before a dimension after the flow noun ("exports of integrated circuits", "under RCEP").
    /// A relationship type not listed here is shown as its name in lower case.
    static let dimensionWords: [String: String] = [
        "PRODUCT": "of", "POLICY": "under", "CHANNEL": "via", "EVENT": "at",
    ]

    /// The order of dimensions after the flow noun: "exports of X to Y under Z via W at V".
    static let dimensionOrder = ["PRODUCT", "PARTNER", "POLICY", "CHANNEL", "EVENT"]

    /// Labels whose names are common nouns, written in lower case inside a sentence ("exports of bulk commodities").
    static let commonNounLabels = ["Product", "EnterpriseType"]

    /// Dimensions that own the flow ("Guangdong's exports", "private enterprises' exports"), in this order.
    static let ownerTypes = ["REGION", "ENTERPRISE"]

    /// Relationships of a measurement that are not dimensions of what it counts.
    static let contextTypes: Set<String> = ["REPORTER", "SOURCE", "SPOKEN_BY"]

    /// Words a note clause may hold and still only repeat the statement ("exports to the EU").
    static let fillerWords = ["the", "of", "to", "from", "with", "in", "and", "china", "china's", "s"]

    /// Note clauses (split at `; `) that start so are remarks about the curation, not about what is counted.
    static let remarkPrefixes = [
        "figure written in words", "period is the whole streak", "period read as", "approx left empty",
        "stated as", "stated in the", "statistician not named", "also in the",
    ]
}

extension FigureWords {
    /// How `fmt.amount(m, 'zh')` writes a change: `增长8.0%`, `下降2.1%`.
    static let chineseChange = (rise: "增长", fall: "下降")
}
