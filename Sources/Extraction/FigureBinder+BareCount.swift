import Foundation
import GraphModel
import TradeText

/// Bare numbers that count what the count before them counted: "628,000 enterprises ..., surpassing 600,000",
/// "Among them, 14 had trade volumes exceeding one trillion, 62 exceeded 100 billion", "these figures increased
/// by 2, 6, and 10 respectively", 比2024年分别增加了2个、6个和10个. Briefings name the thing counted once and
/// leave it out of the counts that follow.
extension FigureBinder {
    /// Whether a number with no unit counts what the count `before` counted: it ends its phrase or opens its
    /// clause as the subject ("14 had ..."), and it is bare or of the count's order ("83,000 ..., bringing the
    /// total to over half a million"), not an amount of another order beside it ("62 exceeded 100 billion").
    func countsAsBefore(_ number: NumberMention, before: Double) -> Bool {
        guard number.notAFigure == .noUnit else { return false }
        let bare = number.range.upperBound == number.core.upperBound
        guard bare || abs(number.value) <= abs(before) * Self.countOrder, !followsItsNoun(number) || followsACountVerb(number)
        else { return false }
        return endsItsPhrase(number) || opensItsClause(number)
    }

    /// Chinese names what it counts before the number ("最佳实践案例82个": 82 cases): a number right after a word
    /// counts that word's thing, unless the word is a change ("增加了2个") or joins a list ("6个和10个").
    private func followsItsNoun(_ number: NumberMention) -> Bool {
        let folded = reading.text.folded
        let start = number.range.lowerBound
        guard start > 0, folded[start - 1].isLetter, !folded[start - 1].isASCII else { return false }
        let listed = ParallelLists.isSeparator(folded[(start - 1)..<start]) && numbers.contains { $0.range.upperBound < start }
        return !isChange(number) && !listed
    }

    /// "其中，贸易规模超过万亿元的有14个": a number right after a word that says how many there are (kind
    /// `extract-count-verb`: 有, 分别有) counts what was described before it, not a noun.
    private func followsACountVerb(_ number: NumberMention) -> Bool {
        reading.cues(kind: "extract-count-verb").contains { $0.range.upperBound == number.range.lowerBound }
    }

    /// "贸易规模超过万亿元的有14个", "超过万亿、千亿和百亿元的国家和地区分别有14个": an amount that 的 right after it turns
    /// into the description of what a count later in its clause counts (after a word of kind `extract-count-verb`)
    /// is a bracket, no figure of its own.
    func describesACount(_ number: NumberMention) -> Bool {
        let folded = reading.text.folded
        let clause = clause(of: number)
        guard number.range.upperBound < clause.upperBound, folded[number.range.upperBound] == "的" else { return false }
        return reading.cues(kind: "extract-count-verb").contains { cue in
            cue.range.lowerBound > number.range.upperBound && clause.contains(cue.range.lowerBound)
                && numbers.contains { $0.range.lowerBound == cue.range.upperBound }
        }
    }

    /// "14 had trade volumes exceeding one trillion, 62 exceeded 100 billion", "Fourteen countries and regions each
    /// traded more than a trillion yuan": an amount of money over which a count just before it in its clause (a bare
    /// number, or one of countries or enterprises, at most `bandReach` words away) is counted says what that count
    /// counts, as 超过万亿元的有14个 does.
    func describesTheCountBefore(_ number: NumberMention) -> Bool {
        guard number.approximation == .over, number.isScaled, number.unit.map(\.isMoney) ?? true else { return false }
        let clause = clause(of: number)
        guard let count = numbers.last(where: { $0.range.upperBound <= number.range.lowerBound && clause.contains($0.range.lowerBound) }),
              count.unit.map({ $0 == .countries || $0 == .enterprises }) ?? (count.notAFigure == .noUnit && !count.isScaled) else { return false }
        // Words apart: Chinese writes its bands before the count (describesACount).
        let between = String(reading.text.folded[count.range.upperBound..<number.range.lowerBound])
        return between.contains(" ") && between.split(separator: " ").count <= Self.bandReach
    }

    /// How many words may stand between a count and the size band it counts in.
    static let bandReach = 5

    /// "发布全球海关最佳实践案例82个": a number after the noun it counts, with only a measure word (kind
    /// `extract-count-end`) between it and the end of its clause, counts that noun's things.
    func countsItsNoun(_ number: NumberMention) -> Bool {
        guard number.notAFigure == .noUnit, followsItsNoun(number) else { return false }
        let folded = reading.text.folded
        return reading.cues(kind: "extract-count-end").contains { cue in
            cue.range.lowerBound == number.range.upperBound
                && (cue.range.upperBound == folded.count || "，。；,;".contains(folded[cue.range.upperBound]))
        }
    }

    /// "与4个共建国家正式实施AEO互认": a number whose measure word 个 comes right before the name of a group of partners
    /// counts countries.
    func countsPartners(_ number: NumberMention) -> Bool {
        let folded = reading.text.folded
        let end = number.range.upperBound
        guard number.notAFigure == .noUnit, end < folded.count, folded[end] == "个" else { return false }
        return entities.contains { $0.range.lowerBound == end + 1 && DimensionColumn.byLabel[$0.label] == "partner" }
    }

    /// "Private enterprises, 547,000 of them, ...", "more than 67,000 of them recorded import and export activity": a
    /// number without a unit right before words that count what the sentence named (kind `extract-count-them`) counts
    /// the enterprises it named before the number.
    func countsThemAsEnterprises(_ number: NumberMention) -> Bool {
        guard number.notAFigure == .noUnit, reading.cues(kind: "extract-count-them").contains(where: {
            $0.range.lowerBound >= number.range.upperBound && $0.range.lowerBound <= number.range.upperBound + 1
        }) else { return false }
        return entities.contains { $0.range.upperBound <= number.range.lowerBound && DimensionColumn.byLabel[$0.label] == "enterprise" }
    }

    /// How many times the count before a number with a scale word it may be and still count the same things.
    static let countOrder = 100.0

    /// Whether the sentence points back to the figures of the one before ("Among them", "these figures"), so
    /// that its bare numbers count what that sentence's last count counted.
    var pointsBackToFigures: Bool {
        opensWithAnaphora || !reading.cues(kind: "extract-anaphora-figures").isEmpty
    }

    /// Whether nothing but punctuation, a function word ("for", "in", "compared") or a word that leaves the thing
    /// counted to the count before (kind `extract-count-end`: "respectively", 个) follows a bare number; a noun
    /// after it ("82 best-practice cases") says it counts something else.
    private func endsItsPhrase(_ number: NumberMention) -> Bool {
        let rest = reading.text.folded[number.range.upperBound...].drop { $0 == " " }
        guard let first = rest.first, first.isLetter else { return true }
        let start = reading.text.folded.count - rest.count
        if reading.cues(kind: "extract-count-end").contains(where: { $0.range.lowerBound == start }) { return true }
        let word = String(rest.prefix { $0.isLetter })
        return cues.functionWords.contains(word)
    }

    /// The words of `partJoiners`, without their spaces and commas: "and", "while", "whereas", 和, 而.
    static let partJoinerWords = Set(partJoiners.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: " ,，")) })

    /// Whether the number opens its clause or a part of it after a word that joins parts ("and", "while":
    /// `partJoiners`): ", 62 exceeded", ", while 62 passed 100 billion yuan and 137 passed 10 billion".
    private func opensItsClause(_ number: NumberMention) -> Bool {
        let lead = String(reading.text.folded[clause(of: number).lowerBound..<number.range.lowerBound])
        return lead.split(separator: " ").last.map { Self.partJoinerWords.contains(String($0)) } ?? true
    }
}
