import GraphModel

/// One pass over a text: each number's core, then the words around it (qualifier, scale, unit, decline),
/// then what kind of number it is, then the sharing of scale and unit within lists.
struct NumberScan {
    let text: NormalizedText
    let cues: CueIndex
    private var folded: [Character] { text.folded }

    /// A number being read: its core and what its context has added so far.
    struct Draft {
        var core: NumberCore
        var start: Int
        var end: Int
        var multiplier: Double?
        var unit: Unit?
        var approximation: Approximation?
        var isDecline = false
        var notAFigure: NotAFigure?
    }

    init(text: NormalizedText, cues: CueIndex) {
        self.text = text
        self.cues = cues
    }

    mutating func run() -> [NumberMention] {
        let reader = CoreReader(folded: folded, cues: cues)
        var drafts: [Draft] = []
        var index = 0
        while index < folded.count {
            guard let core = reader.core(at: index), let draft = read(core) else {
                index += 1
                continue
            }
            drafts.append(draft)
            index = max(draft.end, index + 1)
        }
        ListSharing.share(&drafts, folded: folded)
        return drafts.map(Self.mention)
    }

    /// The number with its context, or `nil` for a word or Chinese numeral that counts nothing ("one of").
    private func read(_ core: NumberCore) -> Draft? {
        var draft = Draft(core: core, start: core.range.lowerBound, end: core.range.upperBound, unit: core.unit,
                          approximation: core.approximation)
        readSuffix(&draft)
        readPrefix(&draft)
        NumberKindRules(folded: folded, cues: cues).classify(&draft)
        if draft.notAFigure == .noUnit, let unit = unitNamedBefore(draft) ?? termUnit(draft) {
            draft.unit = unit
            draft.notAFigure = nil
        }
        let isChange = draft.unit == nil && draft.multiplier == nil && readChange(&draft)
        // A word that counts nothing is no number ("one of"); one with a scale ("half a million") is an amount,
        // and one that states a change ("seven more") changes the count before it.
        if core.form != .digits, draft.unit == nil, draft.multiplier == nil, draft.notAFigure != .namePart, !isChange { return nil }
        // 一家企业, 一名游客: a single one counted in Chinese is the article "a", not a figure.
        if core.form == .chinese, core.value == 1, draft.unit?.isCounted == true { return nil }
        return draft
    }

    /// Scale, 多/余, unit, 以上/左右, and "lower" after a change, each after at most one space.
    private func readSuffix(_ draft: inout Draft) {
        var at = draft.end
        // "a hundred billion", "hundred-billion-dollar": scales multiply, and a hyphen may join them and the unit.
        while let scale = take(.scale, at: &at, hyphen: true), let factor = Double(scale) { draft.multiplier = (draft.multiplier ?? 1) * factor }
        if let approx = take(.qualifierAfter, at: &at) { draft.approximation = Approximation(rawValue: approx) }
        if draft.unit == nil {
            if let unit = take(.unit, at: &at, hyphen: draft.multiplier != nil)
                ?? (draft.core.form == .digits ? take(.unitAfterDigits, at: &at) : nil) {
                draft.unit = Unit(rawValue: unit)
            } else if take(.tenths, at: &at) != nil {
                draft.unit = .percent
                draft.core.value *= 10
            } else if let unit = unitAfterModifiers(from: at, fits: { $0.isCounted || $0 == .count }) {
                draft.unit = unit
            }
        }
        if draft.unit != nil || draft.multiplier != nil { draft.end = at }
        var after = draft.end
        if let approx = take(.qualifierAfter, at: &after), draft.unit != nil {
            draft.approximation = draft.approximation ?? Approximation(rawValue: approx)
            draft.end = after
        }
        after = draft.end
        if draft.unit == .pp || draft.unit == .percent, take(.declineAfter, at: &after) != nil { draft.isDecline = true }
    }

    /// A currency sign before the number ("$80 billion"), the qualifier before that ("more than", 超过) and a
    /// decline word before that ("down", 下降).
    private func readPrefix(_ draft: inout Draft) {
        var before = draft.start
        // "$80 billion", "USD 373.64 bn": a sign glued to the number, a code a space before it.
        let spaced = before > 0 && folded[before - 1] == " " ? cues.match(.unitBefore, endingAt: before - 1) : nil
        if let sign = cues.match(.unitBefore, endingAt: before) ?? spaced, draft.unit == nil || draft.unit == draft.core.unit {
            draft.unit = sign.payload.first.flatMap(Unit.init) ?? draft.unit
            before = sign.range.lowerBound
            draft.start = before
        }
        if let approx = takeBack(.qualifierBefore, endingAt: &before) {
            draft.approximation = draft.approximation ?? Approximation(rawValue: approx)
            draft.start = before
        }
        if before > 0, folded[before - 1] == "-", draft.core.form == .digits,
           before < 2 || !folded[before - 2].isASCIILetter && !folded[before - 2].isASCIIDigit {
            draft.isDecline = true
            draft.start = before - 1
            return
        }
        // 减少了两个百分点: the particle 了 may stand between a decline word and its number.
        if before > 0, folded[before - 1] == "了" { before -= 1 }
        if takeBack(.declineBefore, endingAt: &before) != nil || cutsBy(before) { draft.isDecline = true }
    }

    /// How far back from "by" a verb that cuts may stand ("reduced cargo inspection waiting time by 20%").
    static let cutReach = 80

    /// "reduced cargo inspection waiting time by 20% and quarantine processing time by 3.5 hours": "by" right before
    /// the number, and a verb that cuts (kind `number-decline-verb`) earlier in the clause, make it a decline.
    private func cutsBy(_ before: Int) -> Bool {
        let by = Array("by ")
        guard before >= by.count, Array(folded[(before - by.count)..<before]) == by else { return false }
        var start = before - by.count
        while start > 0, before - start < Self.cutReach, !",，;；.。:：".contains(folded[start - 1]) { start -= 1 }
        return cues.lastMatch(.declineVerb, in: start..<(before - by.count)) != nil
    }

    /// Whether a number without a unit states a change ("seven more than in 2024", "two fewer", "an increase of
    /// three", "decreased by two"): a change word after it joins its range, one for fewer makes it a decline, and
    /// a counted unit or days after the change word ("two fewer working days") is the change's unit.
    private func readChange(_ draft: inout Draft) -> Bool {
        var after = draft.end
        if let change = take(.changeAfter, at: &after) {
            draft.end = after
            if change == "down" { draft.isDecline = true }
            // "two fewer working days": what the change counts may follow the change word.
            var next = after
            let counted = take(.unit, at: &next).flatMap(Unit.init) ?? unitAfterModifiers(from: after, fits: Self.countsAChange)
            if let counted, Self.countsAChange(counted) {
                draft.unit = counted
                if draft.notAFigure == .noUnit { draft.notAFigure = nil }
            }
            return true
        }
        var before = draft.start
        return draft.isDecline || takeBack(.changeBefore, endingAt: &before) != nil
    }

    /// "the number of enterprises engaged in trade reached 529,000": a count's unit named earlier in its clause, where
    /// there can be that many ("Trade with the Belt and Road partner countries was 23.6 trillion" counts no countries).
    /// A list's "label: figure" names it in the label ("Registered foreign trade firms: 4,709").
    private func unitNamedBefore(_ draft: Draft) -> Unit? {
        var start = draft.start
        while start > 0, !",，;；.。:：".contains(folded[start - 1]) { start -= 1 }
        if start > 0, ":：".contains(folded[start - 1]), folded[start..<draft.start].allSatisfy({ $0 == " " }) {
            start -= 1
            while start > 0, !",，;；.。:：".contains(folded[start - 1]) { start -= 1 }
        }
        guard let match = cues.lastMatch(.unit, in: start..<draft.start), let unit = match.payload.first.flatMap(Unit.init),
              unit.isCounted, draft.core.value * (draft.multiplier ?? 1) <= unit.largestCount else { return nil }
        return unit
    }

    /// "for a term of three years", 实施期限为3年: after a word for a term (kind `number-term-before`), the word for a
    /// span of time right after the number (kind `number-term-unit`, meaning the unit) is its unit: a duration.
    private func termUnit(_ draft: Draft) -> Unit? {
        guard [draft.start, draft.start - 1].contains(where: { $0 >= 0 && cues.match(.termBefore, endingAt: $0) != nil }) else {
            return nil
        }
        let after = draft.end < folded.count && folded[draft.end] == " " ? draft.end + 1 : draft.end
        return cues.meaning(.termUnit, at: after).flatMap(Unit.init)
    }

    /// Units a change word after a number may count ("two fewer working days", "20 more countries").
    private static func countsAChange(_ unit: Unit) -> Bool { unit.isCounted || unit == .days }

    /// "86 official representatives", "67,000 foreign-invested enterprises": a unit that `fits` after at most
    /// `modifierReach` words of letters, with nothing else between.
    private func unitAfterModifiers(from offset: Int, fits: (Unit) -> Bool) -> Unit? {
        var at = offset
        for _ in 0..<Self.modifierReach {
            guard at < folded.count, folded[at] == " " else { return nil }
            at += 1
            let word = folded[at...].prefix { $0.isASCIILetter || $0 == "-" }
            guard !word.isEmpty else { return nil }
            at += word.count
            var next = at
            if let unit = take(.unit, at: &next).flatMap(Unit.init), fits(unit) { return unit }
        }
        return nil
    }

    /// How many words may stand between a count and what it counts.
    static let modifierReach = 2

    /// The meaning of a cue of `kind` at `offset` or one space (or, with `hyphen`, a hyphen) after it, moving `offset`
    /// past it.
    private func take(_ kind: NumberCue, at offset: inout Int, hyphen: Bool = false) -> String? {
        let joiners: Set<Character> = hyphen ? [" ", "-"] : [" "]
        for start in [offset, offset + 1] where start == offset || (offset < folded.count && joiners.contains(folded[offset])) {
            if let match = cues.match(kind, at: start) {
                offset = match.range.upperBound
                return match.payload.first
            }
        }
        return nil
    }

    /// The meaning of a cue of `kind` ending at `offset` or one space before it, moving `offset` to its start.
    private func takeBack(_ kind: NumberCue, endingAt offset: inout Int) -> String? {
        for end in [offset, offset - 1] where end == offset || (offset > 0 && folded[offset - 1] == " ") {
            if let match = cues.match(kind, endingAt: end) {
                offset = match.range.lowerBound
                return match.payload.first
            }
        }
        return nil
    }

    private static func mention(_ draft: Draft) -> NumberMention {
        // 16.03 × 1e12 is 16030000000000.002 in binary: keep the digits a text can state.
        let product = draft.core.value * (draft.multiplier ?? 1)
        let magnitude = Double(String(format: "%.12g", product)) ?? product
        return NumberMention(value: draft.isDecline ? -magnitude : magnitude, unit: draft.unit,
                             approximation: draft.approximation, isDecline: draft.isDecline,
                             inWords: draft.core.inWords, isScaled: draft.multiplier != nil, notAFigure: draft.notAFigure,
                             range: draft.start..<draft.end, core: draft.core.range)
    }
}
