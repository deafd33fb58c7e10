/// Splits a table cell into the lines it prints as. Line breaks in the data start new lines, and a line wider
/// than the limit wraps at its last space that fits, or between characters when there is none (Chinese text
/// has no spaces), so that no text is lost and one long note cannot push every other column off the screen.
struct TextWrapper {
    /// The widest a line may be, in display columns.
    let limit: Int

    /// The lines of a cell, at least one.
    func lines(of text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).flatMap(wrap)
    }

    private func wrap(_ line: Substring) -> [String] {
        var lines: [String] = []
        var current = ""
        var width = 0
        for character in line {
            let characterWidth = DisplayWidth.of(character)
            if width + characterWidth > limit && !current.isEmpty {
                let (done, rest) = Self.breakLine(current)
                lines.append(done)
                current = rest
                width = DisplayWidth.of(current)
            }
            current.append(character)
            width += characterWidth
        }
        lines.append(current)
        return lines
    }

    /// Breaks at the last space, dropping it, unless that would leave an empty first line.
    private static func breakLine(_ line: String) -> (done: String, rest: String) {
        guard let space = line.lastIndex(of: " "), space != line.startIndex else { return (line, "") }
        return (String(line[..<space]), String(line[line.index(after: space)...]))
    }
}
