/// The insides of round brackets in a text, `(`…`)` and `（`…`）`, as character offsets.
enum ParenthesisRanges {
    static func of(_ characters: [Character]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var open: Int?
        for (index, character) in characters.enumerated() {
            if character == "(" || character == "（" { open = index + 1 }
            if character == ")" || character == "）", let start = open {
                ranges.append(start..<index)
                open = nil
            }
        }
        return ranges
    }
}
