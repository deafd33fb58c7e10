/// Where, in a sentence that a page break splits, the second line starts: figures after it are on that line,
/// and evidence stays on the line of its figure.
struct LineBreak {
    /// The character offset in the sentence.
    let offset: Int
    /// The line the rest of the sentence is on.
    let line: Int

    /// The line of the character at `position`, when the sentence starts on `first`.
    func line(at position: Int, otherwise first: Int) -> Int {
        position >= offset ? line : first
    }

    /// The part of `range` on the same line as `position`.
    func clip(_ range: Range<Int>, around position: Int) -> Range<Int> {
        guard range.contains(offset) || range.upperBound == offset else { return range }
        return position >= offset ? offset..<max(offset, range.upperBound) : range.lowerBound..<offset
    }
}
