import GraphModel
import QueryExecutor

/// What a chart draws, read from a query's result: the first column gives the labels, each numeric column
/// after it a series. Two kinds of text column are read rather than refused, so that a query can return a
/// measurement as the graph stores it (`m.value AS value, m.unit AS unit, m.approx AS approx`) and the chart
/// still reads `over 7.55 trillion yuan`:
/// - a unit column, whose every value names a unit of the graph's vocabulary (`CNY`, `USD`, `percent`...):
///   it gives every series its unit, which must be the same in every row;
/// - an approximation column, whose every value is a qualifier (`over`, `nearly`, `about`, `under`) or
///   null: it qualifies the values of its row.
///
/// A column holding only nulls draws nothing and is left out; any other text is an error naming the column
/// and row.
public struct ChartData: Sendable, Equatable {
    /// The name of the label column, for the axis.
    public let labelName: String
    /// One label per row.
    public let labels: [String]
    /// The series, in column order.
    public let series: [ChartSeries]

    /// Creates chart data from its parts.
    public init(labelName: String, labels: [String], series: [ChartSeries]) {
        self.labelName = labelName
        self.labels = labels
        self.series = series
    }

    /// Reads a result.
    /// - Throws: `ChartError` for an empty result, a single column, a text column or mixed units.
    public init(_ result: QueryResult) throws(ChartError) {
        guard result.columns.count >= 2 else { throw .tooFewColumns(count: result.columns.count) }
        guard !result.rows.isEmpty else { throw .empty }
        let columns = result.columns.indices.dropFirst().map { index in
            (name: result.columns[index], values: result.rows.map { $0[index] })
        }
        let units = try Self.unit(among: columns)
        let approximations = columns.lazy.compactMap(Self.approximations(in:)).first ?? []
        var series: [ChartSeries] = []
        for column in columns where Self.unitWords(in: column.values) == nil && Self.approximations(in: column) == nil {
            guard let values = try Self.numbers(in: column) else { continue }
            series.append(ChartSeries(name: column.name, values: values, unit: units, approximations: approximations))
        }
        guard !series.isEmpty else { throw .noSeries(columns: columns.map(\.name)) }
        labelName = result.columns[0]
        labels = result.rows.map { Self.label($0[0]) }
        self.series = series
    }

    /// The largest magnitude of any value, for scaling; 0 when every value is null.
    public var largestMagnitude: Double {
        series.flatMap { $0.values.compactMap { $0.map(abs) } }.max() ?? 0
    }

    /// The series' numbers, `nil` for a column of nulls only.
    private static func numbers(in column: (name: String, values: [Value])) throws(ChartError) -> [Double?]? {
        var numbers: [Double?] = []
        for (row, value) in column.values.enumerated() {
            if value.isNull { numbers.append(nil); continue }
            guard let number = value.numericValue, number.isFinite else {
                throw .notNumeric(column: column.name, row: row + 1, value: describe(value))
            }
            numbers.append(number)
        }
        return numbers.contains { $0 != nil } ? numbers : nil
    }

    /// The unit every row of the first unit column names.
    private static func unit(among columns: [(name: String, values: [Value])]) throws(ChartError) -> Unit? {
        for column in columns {
            guard let words = unitWords(in: column.values) else { continue }
            let named = words.enumerated().compactMap { row, word in word.map { (row: row + 1, word: $0) } }
            if let other = named.first(where: { $0.word != named[0].word }) {
                throw .mixedUnits(column: column.name, first: named[0].word, other: other.word, row: other.row)
            }
            return Unit(rawValue: named[0].word)
        }
        return nil
    }

    /// Each row's unit word when every value is a unit or null and at least one is a unit.
    private static func unitWords(in values: [Value]) -> [String?]? {
        let words = values.map(\.stringValue)
        let isUnitColumn = values.allSatisfy { $0.isNull || $0.stringValue.flatMap(Unit.init(rawValue:)) != nil }
        return isUnitColumn && words.contains { $0 != nil } ? words : nil
    }

    /// Each row's qualifier when every value is a qualifier or null and at least one is a qualifier.
    private static func approximations(in column: (name: String, values: [Value])) -> [Approximation?]? {
        let qualifiers = column.values.map { $0.stringValue.flatMap(Approximation.init(rawValue:)) }
        let isQualifierColumn = zip(column.values, qualifiers).allSatisfy { $0.isNull || $1 != nil }
        return isQualifierColumn && qualifiers.contains { $0 != nil } ? qualifiers : nil
    }

    /// A label's text: strings as they are, numbers as a person writes them.
    private static func label(_ value: Value) -> String {
        switch value {
        case .string(let text): return text
        case .null: return "(null)"
        default: return value.numericValue.map { Amount.decimal($0) } ?? describe(value)
        }
    }

    /// A value for a message: quoted text, or its type.
    private static func describe(_ value: Value) -> String {
        if let text = value.stringValue { return "'\(text)'" }
        if case .bool(let flag) = value { return flag ? "true" : "false" }
        return "a \(value.typeName)"
    }
}
