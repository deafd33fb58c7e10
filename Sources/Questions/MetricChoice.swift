import TradeText

/// Which metrics a question asks for, most likely first, from the metric words it names and the words that
/// change their sense: "how much did the share rise" asks for the share's change, not for growth; "how many
/// more countries" for a count's change, while "with how many countries did trade grow" is a count; "how many
/// consecutive years" a count of years; growth since a year before the last for growth over the span.
struct MetricChoice {
    /// The metric that measures a change of a level: a share rises by percentage points, a count by a number.
    static let changeOf: [String: [String]] = ["share": ["share_change"], "count": ["count_change", "count_growth"]]
    /// The growth of a level that is not a value: a count grows as a count's growth, a quantity as a quantity's.
    static let growthOf: [String: [String]] = ["count": ["count_growth", "count_change"], "quantity": ["quantity_growth"]]
    /// Metrics that count things, and their changes: the amounts such a question states describe what is counted.
    static let counts: Set<String> = ["count", "count_change", "count_growth"]
    /// Metrics that already are changes, which a change word does not change again.
    static let changes: Set<String> = ["share_change", "contribution", "growth_change", "count_change", "count_growth"]

    let metrics: [String]

    /// Whether a unit counts things (enterprises, countries, people, tonnes), not money, percentages or multiples.
    static func countsThings(_ unit: String) -> Bool { !["percent", "pp", "CNY", "USD", "times"].contains(unit) }

    /// The most general metrics, which yield first place to any more particular one named beside them: in
    /// "外贸大省对全国外贸增长的贡献率" the growth word names what the contribution rate is of.
    static let generalOrder = ["yoy_growth", "value"]
    static let general = Set(generalOrder)

    /// `named` from metric cues, `guessed` from question words (how much, how many, 多少). `asksStreak`: the
    /// question asks how many periods in a row.
    /// `againstBase`: a period is named as the base of a comparison ("than in 2020", 比2020年), so a growth or
    /// a level asked for is the growth against that base. `statesAmount`: the question states an amount of
    /// money, so a rank word before it is a verb ("did trade top a trillion dollars"), not a rank.
    init(named written: [String], guessed: [String], reading: TextReading, asksStreak: Bool = false, againstBase: Bool = false,
         statesAmount: Bool = false) {
        // Rank words the number reader knows ("第一大", "second-largest") name a rank as metric words do.
        let ranked = written + (reading.cues.contains { $0.kind.hasPrefix("number-rank") } ? ["rank"] : [])
        // "Rose to what level", 提高到多少: the level reached, which the growth word only leads to.
        let reachesLevel = !reading.cues(kind: "level").isEmpty
        let named = (statesAmount ? ranked.filter { $0 != "rank" } : ranked).filter { !reachesLevel || $0 != "yoy_growth" }
        let counted = (reading.cues(kind: "number-unit") + reading.cues(kind: "unit")).map(\.meaning).contains(where: Self.countsThings)
        let more = !reading.cues(kind: "more").isEmpty
        let particular = Self.sharesFirst(named.filter { !Self.general.contains($0) })
        // Of the general metrics growth comes first: in "进出口总额同比增长" the value word names what grows.
        let base = named.isEmpty ? guessed : particular + Self.generalOrder.filter(named.contains)
        let levels = named + guessed
        let change = more || !reachesLevel && !reading.cues(kind: "change").isEmpty
        let comparison = !reading.cues(kind: "comparison").isEmpty
        let span = reading.periods.contains { $0.period.firstDay.year < $0.period.lastDay.year }
        let movesGrowth = Self.movesGrowth(reading)
        if asksStreak {
            metrics = ["count"] + base.filter { $0 != "count" && $0 != "yoy_growth" }
        } else if named.contains("ratio"), named.contains("yoy_growth") {
            // "How many times over did exports grow", 增长了几倍: an n-fold growth, stated as growth.
            metrics = ["yoy_growth"] + base.filter { $0 != "yoy_growth" }
        } else if guessed.contains("count"), counted, !more,
                  !named.contains(where: { Self.changes.contains($0) || $0 == "share" || $0 == "average_value" }) {
            // "How many countries did trade grow with": a count of the things named, not their growth.
            metrics = ["count"] + base.filter { $0 != "count" }
        } else if base.contains("contribution") || movesGrowth {
            // The growth a contribution is to ("added to export growth") is not a second metric asked for.
            metrics = ["contribution", "contribution_rate"] + base.filter { !["contribution", "contribution_rate", "yoy_growth"].contains($0) }
        } else if named.contains("yoy_growth"), !(more && guessed.contains("count")), !named.contains(where: Self.changes.contains),
                  let level = named.first(where: { Self.growthOf[$0] != nil }), let grown = Self.growthOf[level] {
            // "growth in the number of shoppers", 吞吐量增长: the growth of a count or quantity, not a value's;
            // with "more" and a count asked (进口增长的伙伴比2024年多了几个) the growth describes what is counted.
            metrics = grown + base.filter { $0 != level && $0 != "yoy_growth" }
        } else if span, base.contains("average_value"), base.contains("yoy_growth") {
            // "average yearly growth over 2021-2025", 十四五平均增长: growth on average over the years, not the
            // growth of an average (nor "faster than the national average" in a quarter).
            metrics = ["avg_annual_growth"] + base
        } else if base.first == "average_value", levels.contains("count") {
            metrics = ["average_count"] + base
        } else if base.contains("share_change"), base.contains("yoy_growth"), !base.contains("share") {
            metrics = ["growth_change"] + base
        } else if let first = base.first, Self.changes.contains(first) {
            metrics = base
        } else if base.contains("share"), base.contains("yoy_growth"), !change {
            metrics = ["contribution_rate", "contribution"] + base
        } else if comparison, base.contains("yoy_growth"), !levels.contains(where: { Self.changeOf[$0] != nil }) {
            metrics = ["growth_change"] + base
        } else if let level = levels.first(where: { Self.changeOf[$0] != nil && ($0 != "share" || named.contains($0)) }),
                  level == "share" ? change || comparison : more,
                  let changed = Self.changeOf[level] {
            metrics = changed + base.filter { $0 != "yoy_growth" }
        } else if againstBase, !more, base.first.map(Self.general.contains) ?? true {
            metrics = ["growth"] + base
        } else if span, base.first == "yoy_growth" {
            metrics = ["growth", "avg_annual_growth"] + base
        } else {
            metrics = base
        }
    }

    /// Levels a share named beside them is a share of: "外贸大省企业数量占全国多少" asks for the share of the
    /// count, "share of the import volume" the share of the quantity.
    static let levelsShared: Set<String> = ["count", "quantity"]

    /// `metrics` with a share before the levels it is a share of.
    static func sharesFirst(_ metrics: [String]) -> [String] {
        guard metrics.contains("share"), metrics.contains(where: levelsShared.contains) else { return metrics }
        return ["share"] + metrics.filter { $0 != "share" }
    }

    /// A word that moves a growth rate stands before the growth it moves ("how much did fewer working days knock
    /// off import growth", "cut export growth"): the question asks for a contribution in percentage points.
    static func movesGrowth(_ reading: TextReading) -> Bool {
        let growth = reading.cues(kind: "metric").filter { $0.meaning == "yoy_growth" }
        return reading.cues(kind: "mover").contains { mover in growth.contains { $0.range.lowerBound >= mover.range.upperBound } }
    }
}
