import TradeText

/// The words a ranking compares: Latin words in lower case, and Chinese as overlapping pairs of characters
/// (the usual unit for Chinese text search, since Chinese has no spaces between words).
enum TextTokens {
    static func words(of text: String) -> [String] {
        var words: [String] = []
        var latin = ""
        var han: [Character] = []
        func flush() {
            if !latin.isEmpty { words.append(latin); latin = "" }
            if han.count == 1 { words.append(String(han)) }
            if han.count > 1 { for index in 0..<(han.count - 1) { words.append(String(han[index...(index + 1)])) } }
            han = []
        }
        for character in text.lowercased() {
            if character.isHan {
                if !latin.isEmpty { flush() }
                han.append(character)
            } else if character.isLetter || character.isNumber || character == "." && !latin.isEmpty {
                if !han.isEmpty { flush() }
                latin.append(character)
            } else {
                flush()
            }
        }
        flush()
        return words.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }.filter { !$0.isEmpty }
    }
}
