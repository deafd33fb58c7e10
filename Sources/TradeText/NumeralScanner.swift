/// Walks the runs of digits in folded text ("2025", "1,234.5", "2025-q1"), for readers that need numbers
/// with what stands right beside them.
struct NumeralScanner {
    struct Numeral {
        /// The integer part's value (capped, so a long run of digits cannot overflow).
        let value: Int
        /// How many digits the integer part has, commas not counted.
        let digits: Int
        /// Character offsets of the digits (and the decimal part).
        let range: Range<Int>
        /// Followed by `%` or a decimal part, or preceded by a decimal point: a figure, not a year or month.
        let isPercentOrDecimal: Bool
        /// The run of period-notation characters from the first digit ("2025-q1", "2021/2025"), if longer than
        /// the digits.
        let periodToken: String?
    }

    private let characters: [Character]
    private var index = 0
    private var buffered: Numeral?

    init(_ characters: [Character]) {
        self.characters = characters
    }

    /// The next numeral without moving past it.
    mutating func peek() -> Numeral? {
        if buffered == nil { buffered = scan() }
        return buffered
    }

    /// The next numeral.
    mutating func next() -> Numeral? {
        if let numeral = buffered { buffered = nil; return numeral }
        return scan()
    }

    private mutating func scan() -> Numeral? {
        while index < characters.count, !characters[index].isASCIIDigit { index += 1 }
        guard index < characters.count else { return nil }
        let start = index
        var value = 0, digits = 0
        while index < characters.count, characters[index].isASCIIDigit || (characters[index] == "," && digitFollows(index)) {
            if let digit = characters[index].wholeNumberValue {
                value = min(value * 10 + digit, 1_000_000_000)
                digits += 1
            }
            index += 1
        }
        var decimal = start > 0 && characters[start - 1] == "."
        if index < characters.count, characters[index] == ".", digitFollows(index) {
            decimal = true
            index += 1
            while index < characters.count, characters[index].isASCIIDigit { index += 1 }
        }
        let percent = index < characters.count && characters[index] == "%"
        return Numeral(value: value, digits: digits, range: start..<index, isPercentOrDecimal: decimal || percent,
                       periodToken: periodToken(from: start))
    }

    private func digitFollows(_ position: Int) -> Bool {
        position + 1 < characters.count && characters[position + 1].isASCIIDigit
    }

    private func periodToken(from start: Int) -> String? {
        var end = start
        while end < characters.count, characters[end].isASCIIDigit || "qhs/-".contains(characters[end]) { end += 1 }
        while end > start, "/-".contains(characters[end - 1]) { end -= 1 }
        return end > index ? String(characters[start..<end]) : nil
    }

    /// Moves past a token that was read as a whole.
    mutating func skip(to position: Int) {
        buffered = nil
        index = max(index, position)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
