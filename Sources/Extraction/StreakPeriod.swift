import GraphModel

/// The period of a streak, "for nine consecutive years" up to 2025 is 2017/2025: the whole run, read from its
/// length, the kind of period after the number, and the period it ends in.
enum StreakPeriod {
    static func period(count: Int, word: String, ending end: Period) -> Period? {
        guard count > 1 else { return nil }
        let last = end.to ?? end.from
        let text: String?
        switch (word.hasPrefix("year") || word.hasPrefix("年"), word.hasPrefix("quarter") || word.contains("季度"), last) {
        case (true, _, _):
            let year = Int(end.lastDay.description.prefix(4)) ?? 0
            text = "\(year - count + 1)/\(year)"
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
