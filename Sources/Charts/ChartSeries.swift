import GraphModel

/// One numeric column of a result: what a bar colour or a line stands for.
public struct ChartSeries: Sendable, Equatable {
    /// The column's name, for the legend and the axis.
    public let name: String
    /// One value per row; `nil` where the row holds null (no bar, a gap in the line).
    public let values: [Double?]
    /// The unit the values are in, from the result's unit column, if it has one.
    public let unit: Unit?
    /// The qualifier of each row's value (`over`, `nearly`), from the result's approximation column.
    public let approximations: [Approximation?]

    /// Creates a series.
    public init(name: String, values: [Double?], unit: Unit? = nil, approximations: [Approximation?] = []) {
        self.name = name
        self.values = values
        self.unit = unit
        self.approximations = approximations
    }

    /// The value of a row as a person reads it: `over 7.55 trillion yuan`, `6.1%`; empty for null.
    public func text(at row: Int) -> String {
        guard let value = values[row] else { return "" }
        let approximation = row < approximations.count ? approximations[row] : nil
        return Amount(value: value, unit: unit, approximation: approximation).description
    }
}
