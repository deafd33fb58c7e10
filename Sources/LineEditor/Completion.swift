/// The answer of a completer: which part of the line the candidates replace, and the candidates, so
/// that the editor can insert a unique match or a common prefix without knowing what the words mean.
public struct Completion: Equatable, Sendable {
    /// Offset, in Unicode scalars from the start of the line, where the word being completed begins.
    /// The text from here to the cursor is replaced. Scalars are what libedit counts as characters, so
    /// a Chinese character counts as one.
    public var wordStart: Int
    /// Full replacements for the word, in the order they should be listed.
    public var candidates: [String]
    /// Text added after a candidate when it is the only one, such as the closing quote of a name.
    public var suffixWhenUnique: String

    /// No completion: the editor beeps.
    public static let none = Completion(wordStart: 0, candidates: [])

    /// Creates a completion replacing the text from `wordStart` to the cursor.
    public init(wordStart: Int, candidates: [String], suffixWhenUnique: String = "") {
        self.wordStart = wordStart
        self.candidates = candidates
        self.suffixWhenUnique = suffixWhenUnique
    }

    /// The longest run of Unicode scalars all candidates start with; what Tab inserts when several match.
    public var commonPrefix: String {
        guard let first = candidates.first else { return "" }
        var prefix = Array(first.unicodeScalars)
        for candidate in candidates.dropFirst() {
            let other = Array(candidate.unicodeScalars)
            var length = 0
            while length < prefix.count, length < other.count, prefix[length] == other[length] {
                length += 1
            }
            prefix.removeLast(prefix.count - length)
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: prefix)
        return String(text)
    }
}
