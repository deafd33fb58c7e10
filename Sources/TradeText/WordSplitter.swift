/// Cuts text into words where no recogniser found anything: Latin words, and runs of Chinese characters
/// (which have no spaces to cut at). Numbers and punctuation are not words.
enum WordSplitter {
    /// The folded words of `text` that lie outside every range in `covered`.
    static func words(of text: NormalizedText, outside covered: [Range<Int>]) -> [String] {
        var isCovered = [Bool](repeating: false, count: text.folded.count)
        for range in covered { for index in range where index < isCovered.count { isCovered[index] = true } }
        var words: [String] = []
        var current: [Character] = []
        var currentIsHan = false
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = []
        }
        for (index, character) in text.folded.enumerated() {
            let isHan = character.unicodeScalars.first?.isHan ?? false
            let isWord = !isCovered[index] && (isHan || character.isWordCharacter || (character == "'" && !current.isEmpty))
            if !isWord || (current.count > 0 && isHan != currentIsHan) { flush() }
            if isWord {
                if current.isEmpty { currentIsHan = isHan }
                current.append(character)
            }
        }
        flush()
        return words.filter { word in !word.allSatisfy(\.isASCIIDigit) }
    }
}
