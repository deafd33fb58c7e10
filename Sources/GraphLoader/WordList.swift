import GraphModel

/// The words of a closed vocabulary, computed once: `Vocabulary.words` builds its array through key paths on
/// every call, which cost more than a third of a load's instructions when asked once per field.
struct WordList {
    /// In declaration order, for messages.
    let words: [String]
    /// For membership tests.
    let set: Set<String>
    /// `words` packed, for `code(of:)`.
    private let keys: [ShortKey?]

    init<Words: Vocabulary>(_ vocabulary: Words.Type) {
        words = Words.words
        set = Set(words)
        keys = words.map { ShortKey($0) }
    }

    static let metric = WordList(Metric.self)
    static let unit = WordList(Unit.self)
    static let flow = WordList(Flow.self)
    static let approximation = WordList(Approximation.self)
}

extension WordList {
    /// The 1-based position of the word these bytes spell, `nil` when they spell none: the bulk reader's
    /// lookup, which compares a score of packed words rather than build a `String` to hash.
    func code(of text: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard let key = ShortKey(text), let index = keys.firstIndex(of: key) else { return nil }
        return UInt32(index + 1)
    }
}
