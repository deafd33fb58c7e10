/// A closed vocabulary read from a data column: the loader rejects any other word and suggests the nearest one.
public protocol Vocabulary: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {}

extension Vocabulary {
    /// Every accepted word, in declaration order, for messages and documentation.
    public static var words: [String] { allCases.map(\.rawValue) }
}

/// What a figure measures. Documented in `Graph/README.md`.
public enum Metric: String, Vocabulary {
    case value, yoyGrowth = "yoy_growth", growth, avgAnnualGrowth = "avg_annual_growth", momGrowth = "mom_growth"
    case share, shareChange = "share_change", contribution, growthChange = "growth_change"
    case count, countChange = "count_change", countGrowth = "count_growth", quantity, quantityGrowth = "quantity_growth"
    case priceChange = "price_change", ratio, rank
    /// An index level such as a purchasing managers' index, in the unit the text writes it in.
    case index
    /// Percent of the whole's growth that a part accounts for (贡献率): "over half of the national growth".
    case contributionRate = "contribution_rate"
    /// A money value per unit of time or per item, the unit saying per what (`CNY/day`, `CNY/enterprise`):
    /// "daily sales averaging 160 million yuan" is no total of the period, so it is not a `value`.
    case averageValue = "average_value"
    /// A count per unit of time (`people/day`): "about 24,000 people every day" is no total of the period.
    case averageCount = "average_count"
    /// A length of time (a project's term, a delivery time), and its change (`-3.5 hours`).
    case duration, durationChange = "duration_change"
    /// A round level a figure first passed within the period ("crossed the 40 trillion yuan mark"): not the
    /// figure's value, so it takes no part in sums.
    case threshold
    /// A ceiling a policy sets ("at most 75%", 最多不超过20亿元): a rule, not an outcome.
    case limit

    /// Changes are shown with a sign (`+3.8%`, `-1.2 pp`), levels without.
    public var isChange: Bool {
        switch self {
        case .yoyGrowth, .growth, .avgAnnualGrowth, .momGrowth, .shareChange, .contribution, .growthChange,
             .countChange, .countGrowth, .quantityGrowth, .priceChange, .durationChange: return true
        case .value, .share, .count, .quantity, .ratio, .rank, .index, .contributionRate, .averageValue, .averageCount,
             .duration, .threshold, .limit: return false
        }
    }
}

/// The trade flow a figure is about.
public enum Flow: String, Vocabulary {
    case total, export, `import`
}

/// A word that qualifies a figure, kept because "over 190 countries" is not "190 countries".
public enum Approximation: String, Vocabulary {
    case over, nearly, about, under
}
