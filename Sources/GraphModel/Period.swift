/// A reporting period as statistics offices write it (ISO 8601 and SDMX): a year, half year, quarter, month,
/// day, or an inclusive range of any two of those. Every period has a first and a last day, which is what
/// ordering and containment are defined on — so `2025-Q1` lies within `2025-H1`, which lies within `2025`.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// One end of a period, in the notation it was written in.
    public enum Point: Hashable, Sendable {
        case year(Int)
        case half(Int, Int)
        case quarter(Int, Int)
        case month(Int, Int)
        case day(CalendarDay)
    }

    /// The period itself, or the start of a range.
    public let from: Point
    /// The end of a range; `nil` for a single period.
    public let to: Point?
    /// The first day the period covers.
    public let firstDay: CalendarDay
    /// The last day the period covers.
    public let lastDay: CalendarDay

    /// Parses the canonical notation (`2025-S1` is read as `2025-H1`).
    /// - Throws: `PeriodError` saying what is wrong with the text.
    public init(parsing text: String) throws(PeriodError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw PeriodError(text: text, reason: "a range has exactly one '/'") }
        let from = try Period.point(String(parts[0]), in: text)
        let to = parts.count == 2 ? try Period.point(String(parts[1]), in: text) : nil
        let first = Period.bounds(of: from).first
        let last = Period.bounds(of: to ?? from).last
        guard first <= last else {
            throw PeriodError(text: text, reason: "the range ends before it starts")
        }
        self.from = from
        self.to = to
        self.firstDay = first
        self.lastDay = last
    }

    /// True when `other` lies wholly within this period.
    public func contains(_ other: Period) -> Bool {
        firstDay <= other.firstDay && other.lastDay <= lastDay
    }

    /// The canonical text: `2025`, `2025-H1`, `2025-Q3`, `2025-12`, `2025-12-18`, `A/B`.
    public var description: String {
        guard let to else { return Period.text(of: from) }
        return Period.text(of: from) + "/" + Period.text(of: to)
    }

    /// The same months in the notation the graph writes them in: a run of months that is one quarter, one half or
    /// the whole year ("January to March" is `2025-Q1`, "January to June" `2025-H1`); any other period as it is
    /// (the first three quarters stay `2025-01/2025-09`).
    public var simplest: Period {
        guard let to, case .month(let year, let first) = from, case .month(year, let last) = to else { return self }
        let point: Point? = switch (first, last) {
        case (1, 12): .year(year)
        case (1, 6), (7, 12): .half(year, last / 6)
        case _ where last - first == 2 && first % 3 == 1: .quarter(year, last / 3)
        default: nil
        }
        guard let point else { return self }
        return (try? Period(parsing: Period.text(of: point))) ?? self
    }

    /// Earlier first day first; for the same first day the shorter period first (`2025-Q1` < `2025-H1` < `2025`).
    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.firstDay, lhs.lastDay) < (rhs.firstDay, rhs.lastDay)
    }

    private static func point(_ text: String, in whole: String) throws(PeriodError) -> Point {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let yearText = fields.first, yearText.count == 4, let year = Int(yearText), year >= 1 else {
            throw PeriodError(text: whole, reason: "'\(text)' does not start with a four-digit year")
        }
        switch fields.count {
        case 1:
            return .year(year)
        case 2:
            return try subYear(fields[1], year: year, whole: whole)
        case 3:
            guard fields[1].count == 2, fields[2].count == 2, let month = Int(fields[1]), let day = Int(fields[2]),
                  let date = CalendarDay(year: year, month: month, day: day) else {
                throw PeriodError(text: whole, reason: "'\(text)' is not a day of the calendar")
            }
            return .day(date)
        default:
            throw PeriodError(text: whole, reason: "'\(text)' has too many parts")
        }
    }

    private static func subYear(_ field: String, year: Int, whole: String) throws(PeriodError) -> Point {
        let letter = field.first
        let number = Int(field.dropFirst())
        switch (letter, number) {
        case ("H", let n?) where (1...2).contains(n) && field.count == 2, ("S", let n?) where (1...2).contains(n) && field.count == 2:
            return .half(year, n)
        case ("Q", let n?) where (1...4).contains(n) && field.count == 2:
            return .quarter(year, n)
        default:
            guard field.count == 2, let month = Int(field), (1...12).contains(month) else {
                throw PeriodError(text: whole, reason: "'\(field)' is no month (01-12), half (H1, H2) or quarter (Q1-Q4)")
            }
            return .month(year, month)
        }
    }

    private static func bounds(of point: Point) -> (first: CalendarDay, last: CalendarDay) {
        switch point {
        case .year(let y): return months(y, 1, 12)
        case .half(let y, let h): return months(y, h * 6 - 5, h * 6)
        case .quarter(let y, let q): return months(y, q * 3 - 2, q * 3)
        case .month(let y, let m): return months(y, m, m)
        case .day(let d): return (d, d)
        }
    }

    private static func months(_ year: Int, _ first: Int, _ last: Int) -> (first: CalendarDay, last: CalendarDay) {
        // Both exist: the year and month numbers come from a validated point.
        let start = CalendarDay(checkedYear: year, month: first, day: 1)
        let end = CalendarDay(checkedYear: year, month: last, day: CalendarDay.daysIn(month: last, year: year))
        return (start, end)
    }

    private static func text(of point: Point) -> String {
        func year(_ y: Int) -> String { String(repeating: "0", count: max(0, 4 - String(y).count)) + String(y) }
        switch point {
        case .year(let y): return year(y)
        case .half(let y, let h): return "\(year(y))-H\(h)"
        case .quarter(let y, let q): return "\(year(y))-Q\(q)"
        case .month(let y, let m): return "\(year(y))-\(m < 10 ? "0" : "")\(m)"
        case .day(let d): return d.description
        }
    }
}

/// Why a text is not a period.
public struct PeriodError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text that failed to parse.
    public let text: String
    /// What is wrong with it.
    public let reason: String

    /// `invalid period '2025-13': '13' is no month ...`.
    public var description: String { "invalid period '\(text)': \(reason)" }
}
