import GraphModel

/// The period of a streak, "for nine consecutive years" up to 2025 is 2017/2025: the whole run, read from its
/// length, the kind of period after the number, and the period it ends in — or starts in ("since 2017",
/// "自二季度开始，连续3个季度", "从6月份开始，连续7个月"). A run of years told within a year that is not over
/// ends with the year before: "four consecutive years" in a first-quarter briefing of 2025 is 2021/2024.
enum StreakPeriod {
    private enum Step { case year, quarter, month }

    static func period(count: Int, word: String, ending end: Period, starting start: Period? = nil) -> Period? {
        guard count > 1, let step = step(word) else { return nil }
        let text: String
        switch step {
        case .year:
            if let start {
                text = "\(start.firstDay.year)/\(start.firstDay.year + count - 1)"
            } else {
                let year = end.lastDay.year - (end.lastDay.description.hasSuffix("-12-31") ? 0 : 1)
                text = "\(year - count + 1)/\(year)"
            }
        case .quarter:
            let first = start.map { index(of: $0.firstDay, months: 3) } ?? index(of: end.lastDay, months: 3) - (count - 1)
            text = "\(quarter(first))/\(quarter(first + count - 1))"
        case .month:
            let first = start.map { index(of: $0.firstDay, months: 1) } ?? index(of: end.lastDay, months: 1) - (count - 1)
            text = "\(month(first))/\(month(first + count - 1))"
        }
        return try? Period(parsing: text)
    }

    private static func step(_ word: String) -> Step? {
        if word.hasPrefix("year") || word.hasPrefix("年") { return .year }
        if word.hasPrefix("quarter") || word.contains("季度") { return .quarter }
        if word.hasPrefix("month") || word.contains("月") { return .month }
        return nil
    }

    /// Quarters or months counted from year 0, so that a run can cross a year.
    private static func index(of day: CalendarDay, months: Int) -> Int {
        day.year * (12 / months) + (day.month - 1) / months
    }

    private static func quarter(_ index: Int) -> String { "\(index / 4)-Q\(index % 4 + 1)" }
    private static func month(_ index: Int) -> String { String(format: "%04d-%02d", index / 12, index % 12 + 1) }
}
