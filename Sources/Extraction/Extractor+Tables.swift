import Foundation
import TradeText

/// A part of a statement read on its own: a sentence, or a table's cell with the words its row and column give it.
struct ReadingPiece {
    /// The text to read.
    let text: String
    /// Where the piece is in the statement's text (for its line).
    let range: Range<Int>
    /// The verbatim text a figure of the piece cites, where the text read is not the line's own.
    let evidence: String?
}

extension Extractor {
    /// The pieces of a statement: its sentences, or, for a table's row, its cells, each read as "label: header cell",
    /// the unit of the header or the label added to a cell that gives none ("Exports (trn yuan)" over "26.99"), and
    /// a header that names no flow led by the nearest one to its left that does ("Exports, trn yuan | Growth, %").
    func pieces(of statement: DocumentLayout.Statement, reference: PeriodReference) -> [ReadingPiece] {
        let characters = Array(statement.text)
        guard let row = statement.tableRow else {
            return SentenceSplitter.sentences(characters).map { ReadingPiece(text: String(characters[$0]), range: $0, evidence: nil) }
        }
        let label = Self.splitUnit(row.label.text, numbers: numbers)
        let captionMoney = row.caption.flatMap(moneyUnit(in:))
        var flowHeader: String?
        return row.cells.compactMap { cell in
            let header = cell.header.map { Self.splitUnit($0, numbers: numbers) }
            var name = header?.name ?? ""
            let headerReading = reader.read(name, reference: reference)
            if headerReading.cues(kind: "flow").isEmpty {
                name = [flowHeader, name].compactMap { $0 }.joined(separator: " ")
            } else {
                flowHeader = header?.name
            }
            let written = numbers.numbers(in: NormalizedText(cell.text))
            guard !written.isEmpty else { return nil }
            // A caption's money is the unit of amounts, its percent that of the rates a header names ("y/y", "share").
            let namesARate = headerReading.cues(kind: "metric").contains { $0.meaning != "value" }
            let captionRate = row.caption?.contains("%") == true ? "%" : nil
            let unit = header?.unit ?? label.unit ?? (namesARate ? captionRate : captionMoney)
            let bare = written.allSatisfy { $0.unit == nil && !$0.isScaled }
            let suffix = bare ? unit.map { $0.hasPrefix("%") ? $0 : " " + $0 } ?? "" : ""
            return ReadingPiece(text: "\(label.name): \(name) \(cell.text)\(suffix)", range: cell.range, evidence: cell.text)
        }
    }

    /// The first amount of money a caption names a unit of ("trn yuan" in "First half of 2025, trn yuan and y/y %"):
    /// the words after a word start that read as a scaled currency after a number.
    /// The currency may be written before its scale ("CNY trillion"): it is read as "trillion CNY".
    func moneyUnit(in caption: String) -> String? {
        let characters = Array(caption)
        for start in characters.indices where start == 0 || " (:".contains(characters[start - 1]) {
            let words = String(characters[start...]).split(separator: " ", maxSplits: 2).map(String.init)
            let bare = words.prefix(2).map { $0.trimmingCharacters(in: .punctuationCharacters) }
            let swapped = bare.count == 2 ? "\(bare[1]) \(bare[0])" : nil
            for text in [words.joined(separator: " "), swapped].compactMap({ $0 }) {
                guard let read = numbers.numbers(in: NormalizedText("1 " + text)).first, read.range.lowerBound == 0,
                      read.unit?.isMoney == true, read.isScaled else { continue }
                return String(Array("1 " + text)[2..<read.range.upperBound])
            }
        }
        return nil
    }

    /// A header split into its words and the unit it names in parentheses or after a comma ("Exports, trn yuan",
    /// "Share (%)", "y/y %"): the part that reads as a measure or a scale after a number.
    static func splitUnit(_ header: String, numbers: NumberReader) -> (name: String, unit: String?) {
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        var candidates: [(name: String, unit: String)] = []
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") {
            candidates.append((String(trimmed[..<open]), String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])))
        }
        if let comma = trimmed.lastIndex(of: ",") {
            candidates.append((String(trimmed[..<comma]), String(trimmed[trimmed.index(after: comma)...])))
        }
        if let space = trimmed.lastIndex(of: " ") {
            candidates.append((String(trimmed[..<space]), String(trimmed[trimmed.index(after: space)...])))
        }
        for (name, unit) in candidates {
            let unit = unit.trimmingCharacters(in: .whitespaces)
            let read = numbers.numbers(in: NormalizedText("1 " + unit)).first
            // A measure ("trn yuan", "%"), not what a label counts ("Belt and Road partner countries").
            if let read, read.range.upperBound > 2, read.unit.map({ !$0.isCounted }) ?? read.isScaled {
                return (name.trimmingCharacters(in: .whitespaces), unit)
            }
        }
        return (trimmed, nil)
    }
}
