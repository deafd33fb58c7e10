/// Horizontal bars in the terminal, one per row and series, in eighths of a cell (`█▉▊▋▌▍▎▏`): the label,
/// the series name when there are several, the bar and the value as a person reads it. Bars of negative
/// values grow left from a zero axis, in whole cells, since terminals have no right-aligned eighths.
struct BarChart {
    /// Partial cells, by eighths.
    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    /// The fewest cells a bar may have at its longest.
    static let minimumBarWidth = 10

    let data: ChartData
    /// The columns the chart may take.
    let width: Int
    let colours: ChartColours

    /// The chart's lines.
    var lines: [String] {
        let layout = Layout(data: data, width: width)
        return data.labels.indices.flatMap { row in
            data.series.indices.map { index in line(row: row, series: index, layout: layout) }
        }
    }

    private func line(row: Int, series index: Int, layout: Layout) -> String {
        let series = data.series[index]
        let label = index == 0 ? data.labels[row] : ""
        var text = ChartText.pad(label, to: layout.labelWidth) + "  "
        if data.series.count > 1 { text += ChartText.pad(series.name, to: layout.seriesWidth) + "  " }
        let value = series.values[row] ?? 0
        let cells = series.values[row] == nil ? "" : bar(abs(value) * layout.scale)
        if layout.negativeWidth > 0 {
            let left = value < 0 ? String(repeating: "█", count: Int((abs(value) * layout.scale).rounded())) : ""
            text += ChartText.padLeft(colours.series(index, left), to: layout.negativeWidth + colourWidth(left, index)) + "│"
        }
        let right = value < 0 ? "" : cells
        return text + colours.series(index, right) + " " + series.text(at: row)
    }

    /// The cells of a bar `length` cells long, to the nearest eighth; a non-zero value shows at least `▏`.
    private func bar(_ length: Double) -> String {
        let eighths = Int((length * 8).rounded())
        guard eighths > 0 else { return length > 0 ? Self.eighths[1] : "" }
        return String(repeating: "█", count: eighths / 8) + Self.eighths[eighths % 8]
    }

    /// The escape characters colouring adds, which take no cells.
    private func colourWidth(_ text: String, _ index: Int) -> Int {
        ChartText.cells(colours.series(index, text)) - ChartText.cells(text)
    }

    /// Where everything goes: label and series columns, the bars' scale, the negative side.
    struct Layout {
        let labelWidth: Int
        let seriesWidth: Int
        /// Cells per unit of value.
        let scale: Double
        /// Cells left of the zero axis; 0 without negative values.
        let negativeWidth: Int

        init(data: ChartData, width: Int) {
            let values = data.series.flatMap { $0.values.compactMap { $0 } }
            let texts = data.series.flatMap { series in data.labels.indices.map(series.text(at:)) }
            let valueWidth = texts.map(ChartText.cells).max() ?? 0
            seriesWidth = data.series.count > 1 ? min(16, data.series.map { ChartText.cells($0.name) }.max() ?? 0) : 0
            let fixed = (data.series.count > 1 ? seriesWidth + 2 : 0) + 2 + 1 + valueWidth
            let longest = data.labels.map(ChartText.cells).max() ?? 0
            labelWidth = max(4, min(longest, width / 3, width - fixed - BarChart.minimumBarWidth))
            let negative = -(values.min() ?? 0), positive = max(0, values.max() ?? 0)
            let hasNegative = negative > 0
            let barWidth = max(BarChart.minimumBarWidth, width - labelWidth - fixed - (hasNegative ? 1 : 0))
            let span = max(negative, 0) + positive
            scale = span > 0 ? Double(barWidth) / span : 0
            negativeWidth = hasNegative ? Int((negative * scale).rounded()) : 0
        }
    }
}
