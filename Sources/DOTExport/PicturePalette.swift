/// The colours every picture TradeGraph draws shares — the DOT export's node fills and the charts' series —
/// so that a partner group is the same blue in a neighbourhood picture and in a bar chart of partners.
/// ColorBrewer hues: a light fill for areas (nodes, bars) and a dark stroke of the same hue for lines and
/// outlines that must stand out on white.
public enum PicturePalette {
    /// One hue: its fill, its stroke and the nearest of the eight ANSI colours, for the terminal.
    public struct Swatch: Sendable, Equatable {
        /// Fill colour, `#rrggbb`.
        public let fill: String
        /// Stroke colour, `#rrggbb`: the same hue, dark enough for a line.
        public let stroke: String
        /// The ANSI foreground code (`34` blue) a terminal draws this hue with.
        public let ansi: Int
    }

    /// Partner groups; the first series.
    public static let blue = Swatch(fill: "#9ecae1", stroke: "#3182bd", ansi: 34)
    /// Products; the second series.
    public static let orange = Swatch(fill: "#fdae6b", stroke: "#e6550d", ansi: 33)
    /// Regions; the third series.
    public static let green = Swatch(fill: "#c7e9c0", stroke: "#31a354", ansi: 32)
    /// Enterprise types; the fourth series.
    public static let purple = Swatch(fill: "#dadaeb", stroke: "#756bb1", ansi: 35)
    /// Policies; the fifth series.
    public static let red = Swatch(fill: "#fcbba1", stroke: "#de2d26", ansi: 31)

    /// The hues charts give their series, in order; a sixth series starts again from the first.
    public static let series = [blue, orange, green, purple, red]

    /// Outlines and text on white.
    public static let ink = "#525252"

    /// The swatch of the series at `index`.
    public static func series(_ index: Int) -> Swatch {
        series[index % series.count]
    }
}
