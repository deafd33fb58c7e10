import GraphModel

/// Why a result cannot be charted or a chart file not written. Each message says which column, row or file
/// and what to do instead.
public enum ChartError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The result has no rows.
    case empty
    /// The result has fewer than two columns: labels and at least one series are needed.
    case tooFewColumns(count: Int)
    /// A column after the first holds a value that is neither a number nor null.
    case notNumeric(column: String, row: Int, value: String)
    /// No column after the first holds a number (units, qualifiers and nulls are read, not drawn).
    case noSeries(columns: [String])
    /// A unit column names different units in different rows.
    case mixedUnits(column: String, first: String, other: String, row: Int)
    /// The chart file's extension names no format.
    case unknownFormat(path: String)
    /// gnuplot is not on `PATH`.
    case gnuplotMissing(searched: String)
    /// gnuplot ran and failed.
    case renderFailed(status: Int32, message: String)
    /// Writing the file failed (folder missing, permissions, full device...).
    case writeFailed(String)

    /// The message shown to the user.
    public var description: String {
        switch self {
        case .empty:
            return "nothing to chart: the query returned no rows"
        case .tooFewColumns(let count):
            return "a chart needs at least two columns, labels first and then numbers; the query returned \(count)"
        case .notNumeric(let column, let row, let value):
            return "column '\(column)' is not numeric: row \(row) holds \(value); chart the number itself "
                + "(m.value, not fmt.amount(...)) and return the unit as a column of its own (m.unit AS unit)"
        case .noSeries(let columns):
            return "nothing to chart: no column after the first holds numbers (\(columns.joined(separator: ", ")) "
                + "hold units, qualifiers or nulls only)"
        case .mixedUnits(let column, let first, let other, let row):
            return "column '\(column)' mixes units: \(first) in row 1, \(other) in row \(row); chart one unit at a time "
                + "(WHERE m.unit = '\(first)')"
        case .unknownFormat(let path):
            return "cannot tell the chart's format from '\(path)': name the file .svg, .png or .gp (the gnuplot script)"
        case .gnuplotMissing(let searched):
            return "cannot render the chart: gnuplot was not found on PATH (\(searched)); install it "
                + "(apt install gnuplot-nox, brew install gnuplot) or write the script with a .gp file name"
        case .renderFailed(let status, let message):
            return "gnuplot failed (exit status \(status)): \(message)"
        case .writeFailed(let message):
            return message
        }
    }
}
