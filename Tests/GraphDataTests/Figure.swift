import GraphLoader
import GraphModel

/// One measurement row as the data checks see it: what the store holds for it, plus where its CSV row is,
/// so that a problem is reported at `file:line` of the row a curator has to edit.
struct Figure: Equatable {
    var id: String
    var metric: String
    var flow: String
    var period: String
    var value: Double
    var unit: String
    var approx: String
    /// Entity id of the reporter; `china` when the row leaves the column empty.
    var reporter: String
    /// Dimension column → entity id, only the dimensions the figure is broken down by.
    var dimensions: [String: String]
    var source: String
    /// File name of the source document, from the figure's `:Source`.
    var document: String
    var line: Int
    var evidence: String
    var note: String
    /// The CSV file and line of the row.
    var rowFile: String
    var rowLine: Int

    /// The dimension columns of the contract, in its order.
    static let dimensionColumns = Dimension.allCases.map(\.rawValue)

    /// A figure with no dimension at all is the national total.
    var isNational: Bool { dimensions.isEmpty }

    /// Whether the figure is stated without "over", "nearly", "about" or "under".
    var isExact: Bool { approx.isEmpty }

    /// The unit of the figure's last stated digit (`45.47 trillion` → 1e10), from its evidence; for a figure
    /// written in words, the place of its last non-zero digit.
    var roundingStep: Double {
        StatedNumber.step(of: value, in: evidence) ?? StatedNumber.placeOfLastDigit(value)
    }
}

/// A data problem found by a check, reported at the figure's CSV row.
struct Problem: Equatable, CustomStringConvertible {
    let figure: Figure
    let message: String

    var description: String { "\(figure.rowFile):\(figure.rowLine): \(identifiedMessage)" }

    /// The message, led by the row's id so that the row can be found by id as well as by line.
    var identifiedMessage: String { "\(figure.id): \(message)" }
}
