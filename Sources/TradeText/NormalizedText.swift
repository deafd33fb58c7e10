/// Text folded for matching — lower case, full-width digits, letters and punctuation as ASCII, curly quotes
/// straight, every space one space — one character for one character, so that a match in the folded text is
/// a match at the same offsets of the original (evidence is quoted from the original).
public struct NormalizedText: Sendable {
    /// The original characters.
    public let original: [Character]
    /// The folded characters, `folded[i]` standing for `original[i]`.
    public let folded: [Character]
    /// Whether each folded character is a Latin letter or digit, worked out once for every matcher that reads it.
    let isWordCharacter: [Bool]

    /// Folds `text`.
    public init(_ text: String) {
        original = Array(text)
        folded = original.map(NormalizedText.fold)
        isWordCharacter = folded.map(\.isWordCharacter)
    }

    /// The original text of a range of character offsets.
    public func text(_ range: Range<Int>) -> String {
        String(original[range])
    }

    /// The folded text of a range of character offsets.
    public func foldedText(_ range: Range<Int>) -> String {
        String(folded[range])
    }

    /// One character folded; a character that changes length when lower-cased keeps its first scalar's form.
    public static func fold(_ character: Character) -> Character {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else {
            return Character(character.lowercased().first.map(String.init) ?? String(character))
        }
        switch scalar.value {
        case 0xFF01...0xFF5E:  // full-width ASCII forms: ０-９, Ａ-Ｚ, ％, （ ...
            return Unicode.Scalar(scalar.value - 0xFEE0).map { fold(Character($0)) } ?? character
        case 0x3000, 0x00A0, 0x2009, 0x202F, 0x09, 0x0A, 0x0D:
            return " "
        case 0x2018, 0x2019, 0x2032: return "'"
        case 0x2013, 0x2014, 0x2212: return "-"
        default:
            let lower = character.lowercased()
            return lower.count == 1 ? Character(lower) : character
        }
    }

    /// Folds a whole phrase the same way, for building matchers.
    public static func fold(_ text: String) -> [Character] {
        text.map(fold)
    }
}

extension Character {
    /// A Latin letter or digit: phrases that start or end with one must not run into a neighbouring word.
    var isWordCharacter: Bool {
        guard let scalar = unicodeScalars.first, unicodeScalars.count == 1 else { return false }
        if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) }
        return isLetter && !scalar.isHan
    }
}

extension Unicode.Scalar {
    /// A Chinese character (CJK unified ideographs and their extension A), written without spaces between words.
    public var isHan: Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
    }
}

extension Character {
    /// A Chinese character.
    public var isHan: Bool { unicodeScalars.first?.isHan ?? false }
}
