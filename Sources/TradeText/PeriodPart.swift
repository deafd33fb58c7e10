import Foundation

/// Part of a year, as a lexicon's `period-part` meaning writes it: `Q1`, `H2`, `M03`, `Q1-Q3`, `M01-M10`, `year`,
/// and `end`: the last day of the year ("by the end of last year", 去年底), or of the part beside it ("the end of
/// March", 3月末), when stocks are stated.
struct PeriodPart: Hashable, Sendable {
    private enum Shape: Hashable, Sendable {
        case year
        /// The last day of the year, or of the part named beside it.
        case end
        /// One quarter, half or month in the graph's notation (`Q1`, `H2`, `03`).
        case single(String)
        /// A run of months, first and last (`01`, `09`).
        case months(String, String)
    }

    private let shape: Shape

    /// Reads a meaning; nil when it is none of the forms.
    init?(meaning: String) {
        if meaning == "year" { shape = .year; return }
        if meaning == "end" { shape = .end; return }
        let parts = meaning.split(separator: "-").compactMap { PeriodPart.unit(String($0)) }
        switch parts.count {
        case 1 where !meaning.contains("-"): shape = .single(parts[0].single)
        case 2: shape = .months(parts[0].start, parts[1].end)
        default: return nil
        }
    }

    /// Months `from` to `to` of a year (`M01-M10`), or one month.
    init(months from: Int, _ to: Int) {
        let first = String(format: "%02d", from), last = String(format: "%02d", to)
        shape = from == to ? .single(first) : .months(first, last)
    }

    /// The whole year, which adds nothing to a quarter or month named beside it.
    var isWholeYear: Bool { shape == .year }

    /// The end of the year, or beside a quarter or month the end of that ("the end of March").
    var isEnd: Bool { shape == .end }

    /// The month of a one-month part, so that "January-October" can join two of them into a run.
    var singleMonth: Int? {
        if case .single(let part) = shape { return Int(part) }
        return nil
    }

    /// The period's text for a year: `2025-Q1`, `2025-01/2025-09`.
    func notation(_ year: Int) -> String {
        switch shape {
        case .year: return "\(year)"
        case .end: return "\(year)-12-31"
        case .single(let part): return "\(year)-\(part)"
        case .months(let first, let last): return "\(year)-\(first)/\(year)-\(last)"
        }
    }

    /// From this month or quarter to the end of the year (`2025-06/2025-12`, `2025-Q2/2025-Q4`): "since June",
    /// 从二季度开始. Nil for other parts.
    func throughYearEnd(_ year: Int) -> String? {
        guard case .single(let part) = shape else { return nil }
        if part.hasPrefix("Q") { return "\(year)-\(part)/\(year)-Q4" }
        return Int(part) != nil ? "\(year)-\(part)/\(year)-12" : nil
    }

    /// A quarter, half or month: its own notation, and the months it starts and ends with.
    private static func unit(_ text: String) -> (single: String, start: String, end: String)? {
        guard let kind = text.first, let number = Int(text.dropFirst()) else { return nil }
        let month = { (value: Int) in String(format: "%02d", value) }
        switch (kind, number) {
        case ("Q", 1...4): return ("Q\(number)", month(number * 3 - 2), month(number * 3))
        case ("H", 1...2): return ("H\(number)", month(number * 6 - 5), month(number * 6))
        case ("M", 1...12): return (month(number), month(number), month(number))
        default: return nil
        }
    }
}
