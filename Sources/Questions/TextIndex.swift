import Foundation

/// The words of every figure (evidence, note, dimension names) as postings for BM25, so that a question's words
/// find the figures that have them without visiting the others: at a million figures a question pays for its
/// words' postings, not for the graph.
struct TextIndex: Sendable {
    /// One figure having one word, and how often.
    struct Posting: Sendable {
        let figure: Int32
        let count: UInt16
    }

    /// Each word's number, so that a figure's words are counted as integers, and the postings by that number.
    private var vocabulary: [String: Int32] = [:]
    private var postings: [[Posting]] = []
    private var lengths: [Int32] = []
    private var totalLength = 0

    /// Makes room for this many figures.
    mutating func reserveCapacity(_ figures: Int) { lengths.reserveCapacity(figures) }

    /// Adds the next figure (index `count` so far) with its words.
    mutating func add(_ words: [String]) {
        let figure = Int32(lengths.count)
        let numbers = words.map { word -> Int32 in
            if let number = vocabulary[word] { return number }
            let number = Int32(postings.count)
            vocabulary[word] = number
            postings.append([])
            return number
        }.sorted()
        var run = 0
        for (offset, number) in numbers.enumerated() {
            run += 1
            guard offset + 1 == numbers.count || numbers[offset + 1] != number else { continue }
            postings[Int(number)].append(Posting(figure: figure, count: UInt16(min(run, Int(UInt16.max)))))
            run = 0
        }
        lengths.append(Int32(words.count))
        totalLength += words.count
    }

    /// BM25 (k1 = 1.2, b = 0.75) of every figure that has one of `words`, by figure index; a word given twice
    /// counts twice. A word in more than half of the figures says little (its weight is below a tenth of a rare
    /// word's) and would cost a visit to most of them, so it is left out.
    func scores(for words: [String]) -> [Int: Double] {
        let count = Double(lengths.count)
        let average = max(1, Double(totalLength) / max(1, count))
        var scores: [Int: Double] = [:]
        for word in words {
            guard let number = vocabulary[word], case let list = postings[Int(number)], Double(list.count) <= count / 2 else { continue }
            let frequency = Double(list.count)
            let idf = log(1 + (count - frequency + 0.5) / (frequency + 0.5))
            for posting in list {
                let inFigure = Double(posting.count)
                let norm = inFigure + 1.2 * (0.25 + 0.75 * Double(lengths[Int(posting.figure)]) / average)
                scores[Int(posting.figure), default: 0] += idf * inFigure * 2.2 / norm
            }
        }
        return scores
    }

    /// The figures that have every one of `words` (none when there are none).
    func figures(havingAll words: [String]) -> Set<Int> {
        var found: Set<Int>?
        for word in Set(words) {
            guard let number = vocabulary[word] else { return [] }
            let having = Set(postings[Int(number)].map { Int($0.figure) })
            found = found.map { $0.intersection(having) } ?? having
        }
        return found ?? []
    }
}
