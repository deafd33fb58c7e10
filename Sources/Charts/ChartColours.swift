import DOTExport

/// The ANSI colours of a terminal chart's series, from the palette the DOT export and chart files share;
/// off without a terminal or with `NO_COLOR`, so charts piped or written to files stay plain text.
struct ChartColours {
    /// Whether escapes are written.
    let enabled: Bool

    /// `text` in the colour of the series at `index`.
    func series(_ index: Int, _ text: String) -> String {
        guard enabled, !text.isEmpty else { return text }
        return "\u{1B}[\(PicturePalette.series(index).ansi)m\(text)\u{1B}[0m"
    }
}
