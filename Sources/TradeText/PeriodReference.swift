/// The years that a text's relative and incomplete periods are resolved against.
public struct PeriodReference: Hashable, Sendable {
    /// The year of the reference date: "this year" (a briefing's date, or a graph's newest source).
    public let currentYear: Int
    /// The year given to a period named without one ("the first quarter"), and the end of "since 2020":
    /// for questions, the newest year the graph has figures for; for a document, the year it reports on.
    public let bareYear: Int
    /// How the reference was chosen, for the interpretation ("sources up to 2026-01-14").
    public let basis: String

    /// A reference of both years.
    public init(currentYear: Int, bareYear: Int, basis: String) {
        self.currentYear = currentYear
        self.bareYear = bareYear
        self.basis = basis
    }
}
