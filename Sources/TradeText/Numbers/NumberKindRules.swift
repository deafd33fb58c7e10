import GraphModel

/// Decides what kind of number a draft is from the words around it: a count of periods ("three consecutive
/// years", 连续9年), an ordinal, part of a name, a date, a year, an identifier, or a figure without a unit.
struct NumberKindRules {
    let folded: [Character]
    let cues: CueIndex

    func classify(_ draft: inout NumberScan.Draft) {
        if isMinutes(draft) {
            (draft.unit, draft.notAFigure) = (nil, .date)
            return
        }
        let ordinal = ordinalSuffix(after: draft)
        if let ordinal { draft.end = ordinal }
        if let name = nameAfter(draft) {
            draft.notAFigure = .namePart
            draft.end = name
        } else if isCount(draft) {
            draft.unit = .count
        } else if ordinal != nil || cues.match(.ordinalBefore, endingAt: draft.start) != nil {
            draft.notAFigure = .ordinal
        } else if isDate(draft) {
            draft.notAFigure = .date
        } else if draft.unit == nil {
            draft.notAFigure = unitless(draft)
        }
    }

    /// `th` of "17th": the end offset of an ordinal suffix written right after the digits.
    private func ordinalSuffix(after draft: NumberScan.Draft) -> Int? {
        guard draft.core.form == .digits, draft.unit == nil else { return nil }
        var end = draft.end
        while end < folded.count, folded[end].isASCIILetter { end += 1 }
        guard end > draft.end, let match = cues.match(.ordinalSuffix, at: draft.end) ?? suffixMatch(draft.end, end),
              match.range.upperBound == end else { return nil }
        return end
    }

    /// The ordinal-suffix cue starting at `start` (PhraseMatcher skips a suffix glued to a digit, so look it up
    /// by text).
    private func suffixMatch(_ start: Int, _ end: Int) -> PhraseMatch<[String]>? {
        let letters = String(folded[start..<end])
        return ["st", "nd", "rd", "th"].contains(letters) ? PhraseMatch(range: start..<end, payload: ["ordinal"]) : nil
    }

    private func nameAfter(_ draft: NumberScan.Draft) -> Int? {
        for start in [draft.end, draft.end + 1] where start <= folded.count {
            if start > draft.end, folded[draft.end] != " " && folded[draft.end] != "-" { continue }
            if let match = cues.match(.nameAfter, at: start), match.payload.first == "name" { return match.range.upperBound }
        }
        return nil
    }

    private func isCount(_ draft: NumberScan.Draft) -> Bool {
        // 连续9年, "growth streak reaches nine years": the word before may stand right before it or a space away.
        if [draft.start, draft.start - 1].contains(where: { cues.match(.countBefore, endingAt: $0) != nil }) { return true }
        // 连续第四个季度: the streak's ordinal counts its periods too.
        if let ordinal = cues.match(.ordinalBefore, endingAt: draft.start),
           cues.match(.countBefore, endingAt: ordinal.range.lowerBound) != nil { return true }
        return [draft.end, draft.end + 1].contains { cues.match(.countAfter, at: $0) != nil }
    }

    /// "10:17 — Private firms did much of the lifting": the minutes of a clock time, whatever words follow.
    private func isMinutes(_ draft: NumberScan.Draft) -> Bool {
        draft.core.form == .digits && draft.start >= 2 && folded[draft.start - 1] == ":" && folded[draft.start - 2].isASCIIDigit
    }

    private func isDate(_ draft: NumberScan.Draft) -> Bool {
        guard draft.unit == nil else { return false }
        if [draft.start, draft.start - 1].contains(where: { cues.match(.dateBefore, endingAt: $0) != nil }) { return true }
        if [draft.end, draft.end + 1].contains(where: { cues.match(.dateAfter, at: $0) != nil }) { return true }
        if let name = cues.match(.nameAfter, at: draft.end), name.payload.first == "date" { return true }
        return draft.end < folded.count && folded[draft.end] == ":" && draft.end + 1 < folded.count
            && folded[draft.end + 1].isASCIIDigit
    }

    /// A number with no unit: a year, a code, part of a name glued to letters, or a number nothing explains.
    private func unitless(_ draft: NumberScan.Draft) -> NotAFigure {
        let value = draft.core.value
        let whole = value == value.rounded()
        if whole, draft.multiplier == nil, (1900...2100).contains(value), draft.core.range.count == 4 { return .year }
        let before = draft.start > 0 ? folded[draft.start - 1] : " "
        let after = draft.end < folded.count ? folded[draft.end] : " "
        if before.isASCIILetter || after.isASCIILetter { return .namePart }
        let written = folded[draft.core.range]
        let longRun = !written.contains(",") && written.filter(\.isASCIIDigit).count > 6
        if after == "-" || before == "-" || longRun && draft.multiplier == nil { return .identifier }
        return .noUnit
    }
}
