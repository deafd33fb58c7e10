import Foundation

/// Splits a Gherkin table line into its cells. A `|` inside a quoted string or escaped as `\|` belongs to
/// the cell, as the TCK's values (`'a|b'`) need.
enum TableCells {
    /// The trimmed cells of `| a | 'b|c' |`.
    static func split(_ line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var quote: Character?
        var escaped = false
        for character in line.dropFirst() {
            if escaped {
                current.append(character == "|" && quote == nil ? "|" : "\\\(character)")
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if let open = quote {
                current.append(character)
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
                current.append(character)
            } else if character == "|" {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        return cells
    }
}
