/// A question that cannot be asked: it says what is wrong and, where it can, what to type instead.
public enum QuestionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing but spaces (or nothing at all).
    case empty
    /// Only words that carry no meaning ("what is the").
    case onlyStopWords
    /// Longer than a question is (a pasted document).
    case tooLong(characters: Int, limit: Int)
    /// A control character such as NUL, at a 1-based column.
    case controlCharacter(column: Int)
    /// openCypher typed into `ask`.
    case looksLikeCypher(keyword: String)
    /// No entity, flow, metric or period recognised; the words that were not understood, with suggestions.
    case notUnderstood(words: [String], suggestions: [String])
    /// The cue-word files could not be read.
    case lexicon(String)
    /// The statement built for the answer failed to run (a graph without the expected properties).
    case query(String)

    public var description: String {
        switch self {
        case .empty: return "the question is empty: type a question, e.g. :ask EU growth Q1 2025"
        case .onlyStopWords: return "the question has no word to look up: name a partner, product, flow, metric or period"
        case .tooLong(let count, let limit): return "the question is \(count) characters long; at most \(limit) are read"
        case .controlCharacter(let column): return "the question has a control character at column \(column)"
        case .looksLikeCypher(let keyword):
            return "this looks like openCypher (\(keyword) ...): run it as a statement, ending with ';', not as a question"
        case .notUnderstood(let words, let suggestions):
            let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
            return "understood nothing of '\(words.joined(separator: " "))': name a partner, product, region, flow, "
                + "metric or period (English or Chinese)\(hint)"
        case .lexicon(let message): return "cannot read the cue words: \(message)"
        case .query(let message): return "the answer's statement failed: \(message)"
        }
    }
}
