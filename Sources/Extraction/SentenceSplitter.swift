/// Splits a line into sentences at `.`, `;`, `?`, `!` followed by a space, at 。；？！, and at a dot or bullet between
/// spaces that separates the items of a slide or a digest ("Goods trade: 45.47 trillion yuan · Exports: 26.99
/// trillion yuan"), never inside "U.S.", a decimal number or before a digit ("Dec. 18"); offsets are character
/// offsets of the line.
enum SentenceSplitter {
    /// Sets rather than string literals: `String.contains` walks the literal's graphemes on every call.
    private static let chineseEnds: Set<Character> = ["。", "；", "？", "！"]
    private static let latinEnds: Set<Character> = [".", ";", "?", "!"]
    private static let itemMarks: Set<Character> = ["·", "•", "▪", "●"]
    private static let clauseStarts: Set<Character> = [",", "，", ";", "；", ":", "："]
    private static let clauseEnds: Set<Character> = [",", "，", ";", "；", "。"]

    static func sentences(_ characters: [Character]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in characters.indices where ends(at: index, characters) {
            if index + 1 > start { ranges.append(start..<(index + 1)) }
            start = index + 1
        }
        if start < characters.count { ranges.append(start..<characters.count) }
        return ranges
    }

    private static func ends(at index: Int, _ characters: [Character]) -> Bool {
        let character = characters[index]
        if chineseEnds.contains(character) { return true }
        if itemMarks.contains(character), index > 0, index + 1 < characters.count, characters[index - 1] == " ",
           characters[index + 1] == " " { return true }
        guard latinEnds.contains(character) else { return false }
        guard index + 1 == characters.count || characters[index + 1] == " " else { return false }
        // "Dec. 18, 2025": a sentence does not start with a digit after a full stop, an abbreviation does.
        if character == ".", index + 2 < characters.count, characters[index + 2].isNumber { return false }
        if character == ".", index >= 2, characters[index - 2] == "." || characters[index - 2] == " " && characters[index - 1].isUppercase {
            return false
        }
        return true
    }

    /// The clause around `range`: from the last `,` `，` `;` before it to the first after it.
    static func clause(around range: Range<Int>, in characters: [Character], within sentence: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start > sentence.lowerBound, !clauseStarts.contains(characters[start - 1]) { start -= 1 }
        while start < range.lowerBound, characters[start] == " " { start += 1 }
        var end = range.upperBound
        while end < sentence.upperBound, !clauseEnds.contains(characters[end]) { end += 1 }
        if end > start, characters[end - 1] == "." { end -= 1 }
        return start..<end
    }
}
