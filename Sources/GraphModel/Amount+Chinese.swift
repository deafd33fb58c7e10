/// The Chinese rendering of an amount, as a Chinese release writes it: `7.55万亿元`, `超过78万家`, `8.0%`,
/// `1.2个百分点`, `第1`. Chinese counts in 万 (10⁴), 亿 (10⁸) and 万亿 (10¹²), not in thousands and millions,
/// which is why this is not a translation of `description`.
extension Amount {
    /// The amount in Chinese; the sign and the qualifier (`超过`, `近`, `约`, `不到`) as `description` shows them.
    public var chinese: String {
        var text = chineseNumber
        if signed && value > 0 { text = "+" + text }
        if let approximation { text = approximation.chinese + text }
        return text
    }

    private var chineseNumber: String {
        guard let unit else { return Amount.decimal(value) }
        switch unit {
        case .percent: return Amount.decimal(value, minimumDecimals: 1) + "%"
        case .pp: return Amount.decimal(value, minimumDecimals: 1) + "个百分点"
        case .rank: return "第" + Amount.decimal(value)
        default:
            guard let (factor, word) = Amount.chineseScale(for: abs(value)) else { return Amount.decimal(value) + unit.chineseNoun }
            return Amount.decimal(value / factor) + word + unit.chineseNoun
        }
    }

    private static func chineseScale(for magnitude: Double) -> (Double, String)? {
        if magnitude >= 1e12 { return (1e12, "万亿") }
        if magnitude >= 1e8 { return (1e8, "亿") }
        if magnitude >= 1e4 { return (1e4, "万") }
        return nil
    }
}

extension Approximation {
    /// The qualifier as Chinese writes it before a number.
    public var chinese: String {
        switch self {
        case .over: return "超过"
        case .nearly: return "近"
        case .about: return "约"
        case .under: return "不到"
        }
    }
}

extension Unit {
    /// The measure word or unit after a Chinese number (`元`, `家`, `吨`); empty for a bare count.
    var chineseNoun: String {
        switch self {
        case .cny: return "元"
        case .usd: return "美元"
        case .percent: return "%"
        case .pp: return "个百分点"
        case .tonnes: return "吨"
        case .teu: return "标箱"
        case .gwh: return "吉瓦时"
        case .enterprises: return "家"
        case .countries: return "个"
        case .people: return "人"
        case .vehicles: return "辆"
        case .trips: return "列"
        case .flights: return "架次"
        case .items: return "项"
        case .batches: return "批"
        case .times: return "倍"
        case .days: return "天"
        case .hours: return "小时"
        case .weeks: return "周"
        case .months: return "个月"
        case .years: return "年"
        case .celsius: return "摄氏度"
        case .cnyPerDay: return "元/天"
        case .cnyPerMinute: return "元/分钟"
        case .cnyPerEnterprise: return "元/家"
        case .cnyPerProject: return "元/个项目"
        case .peoplePerDay: return "人/天"
        case .rank, .count: return ""
        }
    }
}
