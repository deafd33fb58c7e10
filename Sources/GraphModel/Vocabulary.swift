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
    /// A value per unit named in `note` (per minute, per enterprise): not comparable with totals.
    case averageValue = "average_value"

    /// Changes are shown with a sign (`+3.8%`, `-1.2 pp`), levels without.
    public var isChange: Bool {
        switch self {
        case .yoyGrowth, .growth, .avgAnnualGrowth, .momGrowth, .shareChange, .contribution, .growthChange,
             .countChange, .countGrowth, .quantityGrowth, .priceChange: return true
        case .value, .share, .count, .quantity, .ratio, .rank, .index, .contributionRate, .averageValue: return false
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
