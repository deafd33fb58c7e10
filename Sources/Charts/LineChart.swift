import GraphModel

/// A line per series over the rows in their order, drawn on a grid of terminal cells: a marker at each row's
/// value, dots between them, the value axis on the left in human units, the row labels beneath (or, when
/// they do not fit under their points, numbers there and a key of labels below).
struct LineChart {
    /// The markers of the series, in order.
    static let markers: [Character] = ["●", "◆", "■", "▲", "○"]
    /// Rows of the plot.
    static let height = 10
    /// The most cells between two neighbouring points: wider charts say no more.
    static let widestStep = 12

    let data: ChartData
    let width: Int
    let colours: ChartColours

    /// The chart's lines.
    var lines: [String] {
        let range = valueRange
        let ticks = [0, Self.height / 2, Self.height - 1].map { ($0, tickText(range.high - Double($0) * range.step)) }
        let axisWidth = ticks.map { ChartText.cells($0.1) }.max() ?? 0
        let columns = positions(plotWidth: max(1, min(width - axisWidth - 2, (data.labels.count - 1) * Self.widestStep + 1)))
        var grid = Array(repeating: Array(repeating: (character: Character(" "), series: -1), count: (columns.last ?? 0) + 1),
                         count: Self.height)
        for index in data.series.indices { draw(index, on: &grid, columns: columns, range: range) }
        var lines = grid.enumerated().map { row, cells in
            let tick = ticks.first { $0.0 == row }
            let axis = ChartText.padLeft(tick?.1 ?? "", to: axisWidth) + (tick == nil ? " │" : " ┤")
            return axis + cells.map { $0.series < 0 ? String($0.character) : colours.series($0.series, String($0.character)) }.joined()
        }
        let base = String(repeating: " ", count: axisWidth + 1)
        lines.append(base + "└" + String((0..<grid[0].count).map { columns.contains($0) ? "┬" : "─" }))
        return lines + labelLines(columns: columns, indent: base + " ") + legend
    }

    /// The highest value, and the value one plot row stands for.
    private var valueRange: (high: Double, step: Double) {
        let values = data.series.flatMap { $0.values.compactMap { $0 } }
        var low = values.min() ?? 0, high = values.max() ?? 0
        if low == high { (low, high) = (low - max(1, abs(low) * 0.1), high + max(1, abs(high) * 0.1)) }
        return (high, (high - low) / Double(Self.height - 1))
    }

    /// The column of each row's point.
    private func positions(plotWidth: Int) -> [Int] {
        let count = data.labels.count
        guard count > 1 else { return [0] }
        return (0..<count).map { Int((Double($0) * Double(plotWidth - 1) / Double(count - 1)).rounded()) }
    }

    private func draw(_ index: Int, on grid: inout [[(character: Character, series: Int)]], columns: [Int],
                      range: (high: Double, step: Double)) {
        let values = data.series[index].values
        let row = { (value: Double) in min(Self.height - 1, max(0, Int(((range.high - value) / range.step).rounded()))) }
        for point in 0..<max(0, values.count - 1) {
            guard let from = values[point], let to = values[point + 1] else { continue }
            let (start, end) = (columns[point], columns[point + 1])
            for column in (start + 1)..<max(start + 1, end) {
                let value = from + (to - from) * Double(column - start) / Double(end - start)
                if grid[row(value)][column].series < 0 { grid[row(value)][column] = ("·", index) }
            }
        }
        for (point, value) in values.enumerated() {
            guard let value else { continue }
            grid[row(value)][columns[point]] = (Self.markers[index % Self.markers.count], index)
        }
    }

    /// A value-axis tick: the value in the series' unit, scaled as the largest value is.
    private func tickText(_ value: Double) -> String {
        let unit = data.series.first?.unit
        let scale = Amount.axisScale(forMagnitude: data.largestMagnitude, unit: unit)
        let number = Amount.decimal((value / scale.factor * 100).rounded() / 100)
        return scale.words.isEmpty ? number : (scale.words == "%" ? number + "%" : number + " " + scale.words)
    }

    /// The row labels under their points when each fits before the next point, else numbers and a key.
    private func labelLines(columns: [Int], indent: String) -> [String] {
        let fits = data.labels.indices.allSatisfy { row in
            row == data.labels.count - 1 || ChartText.cells(data.labels[row]) < columns[row + 1] - columns[row]
        }
        let names = fits ? data.labels : data.labels.indices.map { String($0 + 1) }
        var line = ""
        for (row, name) in names.enumerated() {
            line += String(repeating: " ", count: max(row == 0 ? 0 : 1, columns[row] - ChartText.cells(line))) + name
        }
        guard !fits else { return [indent + line] }
        return [indent + line] + data.labels.enumerated().map { "  \($0.offset + 1)  \($0.element)" }
    }

    /// The series and their markers, when there is more than one.
    private var legend: [String] {
        guard data.series.count > 1 else { return [] }
        return ["  " + data.series.enumerated().map { index, series in
            colours.series(index, String(Self.markers[index % Self.markers.count])) + " " + series.name
        }.joined(separator: "   ")]
    }
}
