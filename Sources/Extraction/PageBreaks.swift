/// Sentences that a page's layout breaks over two lines: a paragraph that stops mid-sentence (no closing
/// punctuation after prose) and goes on, after blank lines, on a line that starts mid-sentence ("去年我国自全球130多个
/// 国家和地区" / "的进口实现了增长"; "exports of toys rose" / "by 4.1% in the first quarter"). The two lines are read as one
/// paragraph, so that each half has the words of the other, and each figure keeps the line it is written on.
enum PageBreaks {
    /// Where a joined paragraph's second line starts.
    struct Continuation {
        /// The second line (1-based).
        let line: Int
        /// The character offset in the joined text where the second line's text starts.
        let offset: Int
    }

    /// Shorter lines that stop without punctuation are headlines, bylines or a speakers list, not broken prose.
    static let shortestBrokenLine = 25

    /// The statements with each broken paragraph joined to its continuation; `lines` are the document's.
    static func joined(_ statements: [DocumentLayout.Statement], lines: [String]) -> [DocumentLayout.Statement] {
        var result: [DocumentLayout.Statement] = []
        var index = 0
        while index < statements.count {
            let first = statements[index]
            if index + 1 < statements.count, let joined = join(first, statements[index + 1], lines: lines) {
                result.append(joined)
                index += 2
            } else {
                result.append(first)
                index += 1
            }
        }
        return result
    }

    /// The two statements as one, if the first breaks off and the second, on the next line that is not blank,
    /// goes on with it in the same turn.
    private static func join(_ first: DocumentLayout.Statement, _ second: DocumentLayout.Statement,
                             lines: [String]) -> DocumentLayout.Statement? {
        guard first.chinese == nil, second.chinese == nil, first.continuation == nil, first.speaker == second.speaker,
              lines[first.line..<(second.line - 1)].allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty })
        else { return nil }
        let head = first.text.trimmingCharacters(in: .whitespaces)
        let tail = second.text.trimmingCharacters(in: .whitespaces)
        guard head.count >= shortestBrokenLine, let last = head.last, let next = tail.first else { return nil }
        let separator: String
        if last.isHan, next.isHan || next.isNumber, head.contains(where: { "，。；".contains($0) }) {
            separator = ""
        } else if last.isLetter || last.isNumber || last == ",", !last.isHan, next.isLowercase {
            separator = " "
        } else {
            return nil
        }
        let text = head + separator + tail
        return DocumentLayout.Statement(line: first.line, text: text, speaker: first.speaker, chinese: nil,
                                        continuation: Continuation(line: second.line, offset: head.count + separator.count))
    }
}
