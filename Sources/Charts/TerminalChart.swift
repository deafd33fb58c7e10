/// A chart of a query's result as terminal text: bars or lines, fitted to the terminal's width, coloured
/// from the shared palette only when colour is allowed.
public enum TerminalChart {
    /// The narrowest chart drawn, whatever the terminal says.
    public static let minimumWidth = 40

    /// The chart's text, ending in a newline.
    /// - Parameters:
    ///   - width: the terminal's columns.
    ///   - colour: whether ANSI colours may be written (a terminal, no `NO_COLOR`).
    public static func render(_ data: ChartData, kind: ChartKind, width: Int, colour: Bool) -> String {
        let width = max(minimumWidth, width), colours = ChartColours(enabled: colour)
        let lines: [String]
        switch kind {
        case .bar: lines = BarChart(data: data, width: width, colours: colours).lines
        case .line: lines = LineChart(data: data, width: width, colours: colours).lines
        }
        return lines.map { $0.trailingSpacesRemoved }.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The line without the blanks at its end, which padding leaves after short labels.
    var trailingSpacesRemoved: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
