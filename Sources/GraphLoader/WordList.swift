import GraphModel

/// The words of a closed vocabulary, computed once: `Vocabulary.words` builds its array through key paths on
/// every call, which cost more than a third of a load's instructions when asked once per field.
struct WordList {
    /// In declaration order, for messages.
    let words: [String]
    /// For membership tests.
    let set: Set<String>

    init<Words: Vocabulary>(_ vocabulary: Words.Type) {
        words = Words.words
        set = Set(words)
    }

    static let metric = WordList(Metric.self)
    static let unit = WordList(Unit.self)
    static let flow = WordList(Flow.self)
    static let approximation = WordList(Approximation.self)
}
