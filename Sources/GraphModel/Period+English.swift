/// A period as an English statement places it: `in 2025-Q1`, `as of 2025-04-14` (a stock stated on a day),
/// `from 2025-12-18 to 2026-01-10` (days since a launch), `in 2021/2025`.
extension Period {
    /// The phrase, with its preposition, in the graph's own notation.
    public var english: String {
        switch (from, to) {
        case (.day, nil): return "as of \(self)"
        case (.day(let first), .day(let last)?): return "from \(first) to \(last)"
        default: return "in \(self)"
        }
    }
}
