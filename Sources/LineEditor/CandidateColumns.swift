import CLibedit

/// Lays out completion candidates in columns across the terminal, as bash lists them, measuring Chinese
/// characters as two columns wide.
enum CandidateColumns {
    /// The candidates in as many columns as fit in `width`, filled top to bottom, one line per row,
    /// each line ending in a newline.
    static func layout(_ candidates: [String], width: Int) -> String {
        guard !candidates.isEmpty else { return "" }
        let widths = candidates.map(displayWidth)
        let columnWidth = (widths.max() ?? 0) + 2
        let columns = max(1, min(candidates.count, max(width, 1) / max(columnWidth, 1)))
        let rows = (candidates.count + columns - 1) / columns
        var text = ""
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < candidates.count else { break }
                line += candidates[index]
                let isLast = column == columns - 1 || (column + 1) * rows + row >= candidates.count
                if !isLast { line += String(repeating: " ", count: columnWidth - widths[index]) }
            }
            text += line + "\n"
        }
        return text
    }

    /// Terminal columns `text` takes: two for wide (East Asian) characters, zero for combining marks.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            total + max(0, Int(tg_wcwidth(wchar_t(bitPattern: scalar.value))))
        }
    }
}
