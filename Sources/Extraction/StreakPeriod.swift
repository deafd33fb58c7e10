import GraphModel

/// The period of a streak, "for nine consecutive years" up to 2025 is 2017/2025: the whole run, read from its
/// length, the kind of period after the number, and the period it ends in — or starts in ("since 2017"). A run
/// of years told within a year that is not over ends with the year before: "four consecutive years" in a
/// first-quarter briefing of 2025 is 2021/2024.
enum StreakPeriod {
    static func period(count: Int, word: String, ending end: Period, since start: Int? = nil) -> Period? {
        guard count > 1 else { return nil }
        let last = end.to ?? end.from
        let text: String?
        switch (word.hasPrefix("year") || word.hasPrefix("年"), word.hasPrefix("quarter") || word.contains("季度"), last) {
        case (true, _, _):
            let lastDay = end.lastDay.description
            let year = (Int(lastDay.prefix(4)) ?? 0) - (lastDay.hasSuffix("-12-31") ? 0 : 1)
            text = start.map { "\($0)/\($0 + count - 1)" } ?? "\(year - count + 1)/\(year)"
        case (_, true, .quarter(let year, let quarter)):
            let first = year * 4 + quarter - 1 - (count - 1)
            text = "\(first / 4)-Q\(first % 4 + 1)/\(year)-Q\(quarter)"
        case (_, true, .year(let year)):
            let first = year * 4 + 3 - (count - 1)
            text = "\(first / 4)-Q\(first % 4 + 1)/\(year)-Q4"
        default:
            text = nil
        }
        return text.flatMap { try? Period(parsing: $0) }
    }
}
