import GraphModel

/// Which metrics a unit can measure, and the one a unit means when no word says: a metric cue of the text is
/// taken only where it fits the number's unit ("accounting for" before 51.8% is a share, not before 3.67
/// trillion yuan).
enum MetricChoice {
    static func fits(_ metric: String, _ unit: Unit) -> Bool {
        switch unit {
        case .cny, .usd: return ["value", "average_value"].contains(metric)
        case .percent: return ["yoy_growth", "share", "contribution_rate", "contribution", "price_change", "avg_annual_growth",
                               "growth", "quantity_growth", "count_growth", "mom_growth"].contains(metric)
        case .pp: return ["share_change", "contribution", "growth_change"].contains(metric)
        case .times: return ["ratio", "growth"].contains(metric)
        case .tonnes, .teu, .gwh, .celsius: return metric == "quantity"
        case .rank: return metric == "rank"
        case .cnyPerDay, .cnyPerMinute, .cnyPerEnterprise, .cnyPerProject: return ["average_value", "limit"].contains(metric)
        case .peoplePerDay: return metric == "average_count"
        default: return ["count", "count_change", "rank"].contains(metric)
        }
    }

    /// The metric a unit means on its own.
    static func byUnit(_ unit: Unit) -> String {
        switch unit {
        case .cny, .usd: return "value"
        case .percent: return "yoy_growth"
        case .pp: return "share_change"
        case .times: return "ratio"
        case .tonnes, .teu, .gwh, .celsius: return "quantity"
        case .rank: return "rank"
        case .cnyPerDay, .cnyPerMinute, .cnyPerEnterprise, .cnyPerProject: return "average_value"
        case .peoplePerDay: return "average_count"
        default: return "count"
        }
    }

    /// What percentage points measure when a word of the clause names `metric`: growth words make them a gap in
    /// growth, share words a change of share, contribution words a contribution.
    static func pointsMetric(naming metric: String) -> String {
        switch metric {
        case "yoy_growth", "growth", "quantity_growth", "price_change", "avg_annual_growth", "growth_change": return "growth_change"
        case "contribution", "contribution_rate": return "contribution"
        default: return "share_change"
        }
    }

    /// Units that count what trades, not what is traded: enterprises, people, durations — their figures have no
    /// flow even where "engaged in imports and exports" describes them.
    static func isFlowless(_ unit: Unit) -> Bool {
        [.enterprises, .people, .days, .hours, .weeks, .months, .years, .celsius, .trips, .peoplePerDay,
         .cnyPerDay].contains(unit)
    }

}
