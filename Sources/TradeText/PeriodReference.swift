import GraphModel

/// The years that a text's relative and incomplete periods are resolved against.
public struct PeriodReference: Hashable, Sendable {
    /// The year of the reference date: "this year" (a briefing's date, or a graph's newest source).
    public let currentYear: Int
    /// The year given to a period named without one ("the first quarter"), and the end of "since 2020":
    /// for questions, the newest year the graph has figures for; for a document, the year it reports on.
    public let bareYear: Int
    /// How the reference was chosen, for the interpretation ("sources up to 2026-01-14").
    public let basis: String

    /// The day a document was published, when known: a day it names without a year ("1月16日", "Jan. 10") is the
    /// last such day on or before it.
    public let date: CalendarDay?

    /// A reference of both years, and the publication day where there is one.
    public init(currentYear: Int, bareYear: Int, basis: String, date: CalendarDay? = nil) {
        self.currentYear = currentYear
        self.bareYear = bareYear
        self.basis = basis
        self.date = date
    }

    /// The year of a day named without one: that of the last such day on or before the publication day, else the
    /// bare year.
    public func year(ofMonth month: Int, day: Int) -> Int {
        guard let date else { return bareYear }
        return (month, day) <= (date.month, date.day) ? date.year : date.year - 1
    }
}
