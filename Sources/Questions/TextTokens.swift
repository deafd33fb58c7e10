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
            // ASCII first, without Unicode property look-ups: most of a graph's text is ASCII.
            if let ascii = character.asciiValue {
                if (97...122).contains(ascii) || (48...57).contains(ascii) || ascii == 46 && !latin.isEmpty {
                    if !han.isEmpty { flush() }
                    latin.append(character)
                } else {
                    flush()
                }
            } else if character.isHan {
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
        guard word.utf8.count > 4, word.utf8.allSatisfy({ (97...122).contains($0) || (65...90).contains($0) }) else { return word }
        for suffix in ["ations", "ation", "ions", "ion", "ings", "ing", "ies", "ied", "ed", "es", "s"]
        where word.hasSuffix(suffix) && word.count - suffix.count >= 4 {
            return String(word.dropLast(suffix.count))
        }
        return word
    }
}
