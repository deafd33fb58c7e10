import ResultFormat

/// Text laid out in terminal cells, Chinese counting two, so that labels of partners and products line up
/// whatever script they are in.
enum ChartText {
    /// The cells a text takes.
    static func cells(_ text: String) -> Int {
        DisplayWidth.of(text)
    }

    /// `text` cut to at most `width` cells, ending in `…` when cut.
    static func fit(_ text: String, to width: Int) -> String {
        guard cells(text) > width else { return text }
        var kept = "", used = 0
        for character in text {
            let size = DisplayWidth.of(character)
            if used + size > width - 1 { break }
            kept.append(character)
            used += size
        }
        while kept.last?.isWhitespace == true { kept.removeLast() }
        return kept + "…"
    }

    /// `text` cut to `width` cells and padded with spaces on the right to exactly `width`.
    static func pad(_ text: String, to width: Int) -> String {
        let fitted = fit(text, to: width)
        return fitted + String(repeating: " ", count: max(0, width - cells(fitted)))
    }

    /// `text` padded with spaces on the left to `width` cells.
    static func padLeft(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - cells(text))) + text
    }
}
