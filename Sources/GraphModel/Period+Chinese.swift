/// A period as Chinese text writes it: `2025年`, `2025年一季度`, `2025年上半年`, `2025年3月`, `2021年至2025年`.
extension Period {
    /// The Chinese rendering, for statements of figures in Chinese.
    public var chinese: String {
        guard let to else { return Period.chinese(from) }
        return Period.chinese(from) + "至" + Period.chinese(to)
    }

    private static func chinese(_ point: Point) -> String {
        let quarters = ["一", "二", "三", "四"]
        switch point {
        case .year(let y): return "\(y)年"
        case .half(let y, let h): return "\(y)年" + (h == 1 ? "上半年" : "下半年")
        case .quarter(let y, let q): return "\(y)年" + quarters[q - 1] + "季度"
        case .month(let y, let m): return "\(y)年\(m)月"
        case .day(let d): return "\(d.year)年\(d.month)月\(d.day)日"
        }
    }
}
