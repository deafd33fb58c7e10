import QueryLexer

/// Word wrapping and padding measured in terminal cells (a Chinese character takes two), so that the
/// `:describe` card fits an 80-column terminal and its columns line up under Chinese names.
enum CardLayout {
    /// The card's width in cells.
    static let width = 80

    /// `text` wrapped at spaces to `width` cells: the first line starts with `first`, later ones with
    /// `indent` (a hanging indent). A word too long for any line is broken between characters.
    /// Text that fits is left exactly as it is.
    static func wrap(_ text: String, first: String, indent: String, width: Int = width) -> [String] {
        if cells(first) + cells(text) <= width { return [first + text] }
        var lines: [String] = []
        var line = first, lineIsEmpty = true
        for word in text.split(separator: " ") {
            let spaced = lineIsEmpty ? String(word) : " " + word
            if cells(line) + cells(spaced) <= width {
                line += spaced
            } else if cells(indent) + cells(String(word)) <= width, !lineIsEmpty {
                lines.append(line)
                line = indent + word
            } else {
                for character in spaced {
                    if cells(line) + cells(String(character)) > width, cells(line) > cells(indent) {
                        lines.append(line)
                        line = indent
                    }
                    if !(character == " " && line == indent) { line.append(character) }
                }
            }
            lineIsEmpty = false
        }
        return lines + [line]
    }

    /// `text` padded with spaces to `width` cells.
    static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - cells(text)))
    }

    /// The cells a string takes.
    static func cells(_ text: String) -> Int { TerminalWidth.of(text) }
}
