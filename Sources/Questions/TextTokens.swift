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
        return words.map { stem($0.hasSuffix(".") ? String($0.dropLast()) : $0) }.filter { !$0.isEmpty }
    }

    /// An English word without its commonest endings, so that "exempted" finds "exempting" and "exemptions":
    /// a light stemmer, applied alike to questions and figures, that leaves short words and Chinese alone.
    static func stem(_ word: String) -> String {
        guard word.count > 4, word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return word }
        for suffix in ["ations", "ation", "ions", "ion", "ings", "ing", "ies", "ied", "ed", "es", "s"]
        where word.hasSuffix(suffix) && word.count - suffix.count >= 4 {
            return String(word.dropLast(suffix.count))
        }
        return word
    }
}
