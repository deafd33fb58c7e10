/// The two charts drawn: one bar per row and series, or one line per series over the rows in order.
public enum ChartKind: String, Sendable, CaseIterable {
    /// Horizontal bars, one per row and series: for comparing partners, products, regions.
    case bar
    /// A line per series over the rows in their order: for periods and months.
    case line
}
