import DOTExport
import GraphModel

/// A chart as a gnuplot script with its data inline (a `$data` block), so that the file renders on its own
/// and a user can restyle it: bars horizontal, one colour per series, each bar labelled with its value as a
/// person reads it; lines with a point and a label per row. Colours come from `PicturePalette` and fonts
/// from `PictureFonts`, which the DOT export uses too, so Chinese labels draw and the hues match.
public struct GnuplotScript: Sendable {
    /// The picture a script draws.
    public enum Format: String, Sendable, CaseIterable {
        /// Scalable vector graphics.
        case svg
        /// A bitmap, drawn by cairo.
        case png
    }

    let data: ChartData
    let kind: ChartKind
    /// The chart's title.
    public let title: String

    /// A script for `data`; without a title, one made from the column names (`value by partner`).
    public init(_ data: ChartData, kind: ChartKind, title: String? = nil) {
        self.data = data
        self.kind = kind
        self.title = title ?? data.series.map(\.name).joined(separator: ", ") + " by " + data.labelName
    }

    /// The script's text, drawing a `format` picture to `output`.
    public func text(format: Format, output: String) -> String {
        let lines = ["# \(title): written by tradegraph; run `gnuplot FILE.gp` to draw it again.", "set encoding utf8"]
            + terminal(format) + ["set output \(Self.quoted(output))", "set title \(Self.quoted(title))",
                                  "set datafile missing '?'", "set border 3", "set key outside right top vertical"]
            + dataBlock + (kind == .bar ? barCommands : lineCommands)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The factor values are divided by and the unit words of the value axis.
    var scale: (factor: Double, words: String) {
        Amount.axisScale(forMagnitude: data.largestMagnitude, unit: data.series.first?.unit)
    }

    /// The value axis's label: the series' name when there is one, and the scaled unit.
    var valueLabel: String {
        let name = data.series.count == 1 ? data.series[0].name : ""
        return [name, scale.words.isEmpty ? "" : "(\(scale.words))"].filter { !$0.isEmpty }.joined(separator: " ")
    }

    private func terminal(_ format: Format) -> [String] {
        let height = kind == .bar ? max(360, 90 + data.labels.count * data.series.count * 26) : 540
        let font = Self.quoted(PictureFonts.list + ",11")
        switch format {
        case .svg: return ["set terminal svg size 960,\(height) dynamic noenhanced font \(font) background '#ffffff'"]
        case .png: return ["set terminal pngcairo size 960,\(height) noenhanced font \(font) background '#ffffff'"]
        }
    }

    /// Each row: the label, then each series' scaled value and its text.
    private var dataBlock: [String] {
        let rows = data.labels.indices.map { row in
            ([Self.field(data.labels[row])] + data.series.flatMap { series in
                [series.values[row].map { Self.number($0 / scale.factor) } ?? "?", Self.field(series.text(at: row))]
            }).joined(separator: " ")
        }
        return ["$data << EOD"] + rows + ["EOD"]
    }

    private var barCommands: [String] {
        let count = data.labels.count, thickness = 0.8 / Double(data.series.count)
        let values = data.series.flatMap { $0.values.compactMap { $0 } }.map { $0 / scale.factor }
        let low = min(0, values.min() ?? 0), high = max(0, values.max() ?? 0)
        let span = max(high - low, 1e-9)
        var lines = ["set yrange [\(Self.number(Double(count) - 0.5)):-0.5]", "set ytics nomirror scale 0",
                     "set xtics nomirror", "set grid xtics lc rgb '#e0e0e0'", "set yzeroaxis lt -1",
                     "set xrange [\(Self.number(low == 0 ? 0 : low - span * 0.05)):\(Self.number(high + span * 0.35))]",
                     "set xlabel \(Self.quoted(valueLabel))", "set ylabel \(Self.quoted(data.labelName))",
                     "set style fill solid 1.0 border rgb '\(PicturePalette.ink)'"]
        let plots = data.series.indices.flatMap { index -> [String] in
            let offset = Self.number(-0.4 + (Double(index) + 0.5) * thickness), half = Self.number(thickness / 2 * 0.9)
            let value = 2 + index * 2, y = "($0\(offset.hasPrefix("-") ? offset : "+" + offset))"
            return ["$data using ($\(value)/2):\(y):(0):\(value):(\(y)-\(half)):(\(y)+\(half)) with boxxyerror "
                        + "lc rgb '\(PicturePalette.series(index).fill)' title \(Self.quoted(data.series[index].name))",
                    "$data using ($\(value) > 0 ? $\(value) : 0):\(y):\(value + 1) with labels left offset char 0.5,0 "
                        + "tc rgb '\(PicturePalette.ink)' notitle"]
        }
        // The row labels, centred on each row's bars, from points that draw nothing.
        let labels = "$data using (0):0:ytic(1) with points ps 0 notitle"
        if data.series.count == 1 { lines.append("unset key") }
        lines.append("plot " + ([labels] + plots).joined(separator: ", \\\n     "))
        return lines
    }

    private var lineCommands: [String] {
        var lines = ["set xrange [-0.5:\(Self.number(Double(data.labels.count) - 0.5))]", "set xtics nomirror",
                     "set ytics nomirror", "set grid ytics lc rgb '#e0e0e0'", "set offsets 0, 0, graph 0.12, graph 0.08",
                     "set xlabel \(Self.quoted(data.labelName))", "set ylabel \(Self.quoted(valueLabel))"]
        let plots = data.series.indices.flatMap { index -> [String] in
            let value = 2 + index * 2, colour = PicturePalette.series(index).stroke
            let tics = index == 0 ? ":xtic(1)" : ""
            return ["$data using 0:\(value)\(tics) with linespoints lw 2 pt 7 ps 1.2 lc rgb '\(colour)' "
                        + "title \(Self.quoted(data.series[index].name))",
                    "$data using 0:\(value):\(value + 1) with labels offset char 0,1.2 tc rgb '\(colour)' notitle"]
        }
        if data.series.count == 1 { lines.append("unset key") }
        lines.append("plot " + plots.joined(separator: ", \\\n     "))
        return lines
    }

    /// A gnuplot command-line string: single quotes, in which only a doubled quote is special.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// A data field: double quotes, which data files cannot escape, so a `"` in a label becomes `'`.
    static func field(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "'").replacingOccurrences(of: "\n", with: " ") + "\""
    }

    /// A number gnuplot reads back exactly.
    static func number(_ value: Double) -> String {
        Amount.decimal(value)
    }
}
