/// The language a document is written in, as `sources.csv` names it.
public enum DocumentLanguage: String, Sendable, CaseIterable {
    case english = "en", chinese = "zh", bilingual = "zh+en"

    /// Guesses from the lines: both scripts on many lines of their own is the bilingual form.
    static func guess(_ lines: [String]) -> DocumentLanguage {
        let written = lines.filter { !$0.isEmpty }
        let chinese = written.filter(\.isChinese).count
        if chinese * 4 < written.count { return .english }
        return (written.count - chinese) * 4 < written.count ? .chinese : .bilingual
    }
}

extension String {
    /// Whether Chinese characters make up much of the line.
    var isChinese: Bool {
        let han = unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.count
        return han * 5 > count
    }
}

extension Character {
    /// Whether this is a Chinese (Han) character.
    var isHan: Bool {
        unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
    }
}
