import GraphModel
import TradeText

/// How long something is set to last: "实施期限为3年", "for a term of three years", "valid for 6 months". The number
/// reader gives such a number its unit of time (kinds `extract-number-term-before`, `extract-number-term-unit`);
/// its metric is a duration.
extension FigureBinder {
    /// Whether a word for a term stands right before the number.
    func statesATerm(_ number: NumberMention) -> Bool {
        let folded = reading.text.folded
        var start = number.range.lowerBound
        while start > 0, folded[start - 1] == " " { start -= 1 }
        return reading.cues(kind: "extract-number-term-before").contains { $0.range.upperBound == start }
    }
}
