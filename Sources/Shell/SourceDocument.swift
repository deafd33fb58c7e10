import Foundation

/// A source document the graph cites, read from the first folder that holds its file: the lines figures
/// point at, and the sentence around a figure's evidence on its line.
struct SourceDocument {
    /// The file's path.
    let path: String
    private let lines: [Substring]

    /// Characters that end a sentence, English and Chinese.
    static let sentenceEnds: Set<Character> = [".", "!", "?", "。", "！", "？", "；"]

    /// Reads `file` from the first of `folders` that has it; `nil` when none has it or it is no UTF-8 text.
    init?(file: String, folders: [String]) {
        for folder in folders {
            let candidate = URL(fileURLWithPath: folder).appendingPathComponent(file).path
            guard let data = FileManager.default.contents(atPath: candidate), let text = String(data: data, encoding: .utf8) else { continue }
            path = candidate
            lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
            return
        }
        return nil
    }

    /// Line `number` (1-based), or `nil` past the end.
    func line(_ number: Int) -> String? {
        number >= 1 && number <= lines.count ? String(lines[number - 1]) : nil
    }

    /// The sentence or sentences of line `number` that hold `evidence`; the whole line when the evidence is
    /// not on it (or none is given).
    func passage(line number: Int, evidence: String?) -> String? {
        guard let text = line(number) else { return nil }
        guard let evidence, !evidence.isEmpty, let range = text.range(of: evidence) else { return text.trimmingCharacters(in: .whitespaces) }
        var start = range.lowerBound
        while start > text.startIndex, !Self.endsSentence(text, at: text.index(before: start)) { start = text.index(before: start) }
        var end = range.upperBound
        while end < text.endIndex, !Self.endsSentence(text, at: end) { end = text.index(after: end) }
        if end < text.endIndex { end = text.index(after: end) }
        return text[start..<end].trimmingCharacters(in: .whitespaces)
    }

    /// A full stop ends a sentence when a blank or the line's end follows it and it does not close a
    /// one-letter abbreviation (`U.S.`); Chinese marks always do.
    private static func endsSentence(_ text: String, at index: String.Index) -> Bool {
        let character = text[index]
        guard sentenceEnds.contains(character) else { return false }
        guard ".!?".contains(character) else { return true }
        let next = text.index(after: index)
        guard next == text.endIndex || text[next] == " " else { return false }
        if character == ".", index > text.startIndex {
            let before = text[text.index(before: index)]
            let twoBefore = text.index(before: index) > text.startIndex ? text[text.index(index, offsetBy: -2)] : " "
            if before.isUppercase && (twoBefore == "." || twoBefore == " ") { return false }
        }
        return true
    }
}
