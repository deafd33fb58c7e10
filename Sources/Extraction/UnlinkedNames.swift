import TradeText

/// Names in a sentence that no entity of the graph explains: runs of two or more capitalised English words, or
/// an acronym, that the reader left unknown, for the report's list of mentions it could not link.
enum UnlinkedNames {
    static func find(in reading: TextReading, line: Int) -> [UnlinkedName] {
        let unknown = Set(reading.unknownWords)
        // Punctuation trimmed by character: Foundation's `trimmingCharacters` was a tenth of a draft's time.
        let words = String(reading.text.original).split(separator: " ").map { word in
            String(word.drop(while: \.isPunctuation).reversed().drop(while: \.isPunctuation).reversed())
        }
        var names: [UnlinkedName] = []
        var run: [String] = []
        func flush() {
            let named = run.count > 1 || run.first.map { $0.count > 1 && $0.allSatisfy(\.isUppercase) } == true
            if named, run.contains(where: { unknown.contains($0.lowercased()) || unknown.contains($0) }) {
                names.append(UnlinkedName(text: run.joined(separator: " "), line: line))
            }
            run = []
        }
        for (index, word) in words.enumerated() {
            let capitalised = word.first.map { $0.isUppercase && $0.isASCII } ?? false
            if capitalised, index > 0 || words.count == 1 { run.append(word) } else { flush() }
        }
        flush()
        return names
    }
}

/// A name in the document that links to no entity.
public struct UnlinkedName: Hashable, Sendable {
    public let text: String
    public let line: Int
}
