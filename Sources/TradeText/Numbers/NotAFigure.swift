/// Why a number in a text is not a figure: the extraction report lists every such number with its reason.
public enum NotAFigure: String, Hashable, Sendable, CustomStringConvertible {
    /// A calendar year: "in 2025", "2025年".
    case year
    /// A day, a month or a time of day: "April 14", "1月14日", "10 a.m.".
    case date
    /// An ordinal that counts nothing: "the 3rd", "第3".
    case ordinal
    /// Part of a name: "15th Five-Year Plan", "十四五", "G20", "RCEP 3.0".
    case namePart = "name part"
    /// A code or a telephone number: "010-12345678".
    case identifier
    /// A number with no unit the reader knows: nothing says what it counts.
    case noUnit = "no unit"

    /// How the report names the reason.
    public var description: String {
        switch self {
        case .year: return "a year"
        case .date: return "a date or time"
        case .ordinal: return "an ordinal"
        case .namePart: return "part of a name"
        case .identifier: return "an identifier"
        case .noUnit: return "no unit: could not classify"
        }
    }
}
