import GraphModel
import GraphStore
import TradeText

/// The years a graph's questions are read against: "this year" is the year of its newest source; a period
/// named without a year, and the end of "since 2020", is the newest year it has a full-year figure for.
enum GraphReference {
    static func of(_ store: GraphStore, catalog: FigureCatalog) -> PeriodReference {
        let dates = store.nodes(labeled: "Source").compactMap { store.property("date", of: $0).stringValue }
        let newest = dates.compactMap { try? Period(parsing: $0) }.map(\.lastDay).max()
        let stated = catalog.figures.filter { figure in newest.map { figure.lastDay <= $0 } ?? true }
        let latestFigure = stated.map(\.lastDay).max()
        let wholeYears = stated.filter { $0.firstDay.year == $0.lastDay.year && $0.firstDay.month == 1 && $0.firstDay.day == 1
            && $0.lastDay.month == 12 && $0.lastDay.day == 31 }
        let bareYear = wholeYears.map(\.firstDay.year).max() ?? latestFigure?.year ?? newest?.year ?? 2025
        let currentYear = newest?.year ?? bareYear
        let basis = newest.map { "sources up to \($0)" } ?? "figures up to \(bareYear)"
        return PeriodReference(currentYear: currentYear, bareYear: bareYear, basis: basis)
    }
}
