/// The words that may stand between two parts of a period written apart, from the cue files (lookup kinds, read
/// only here): between two periods that make a span ("2021 to 2025", "2021至2025年"; kind `period-gap-span`), between a
/// count of years and the year they run up to ("the five years to 2024"; `period-gap-years-to`), and between a part
/// of a year and the whole year it lies in ("the first half of the year"; `period-gap-part-of`, nothing at all
/// being one too).
public struct PeriodGaps: Sendable {
    let span: Set<String>
    let yearsUpTo: Set<String>
    let partOfTheYear: Set<String>

    /// The lookup kinds, which no other reader matches in text.
    public static let kinds: Set<String> = ["period-gap-span", "period-gap-years-to", "period-gap-part-of"]

    /// The gaps the cue files of `lexicon` list.
    public init(lexicon: Lexicon) {
        let phrases = { (kind: String) in Set(lexicon.phrases(kind: kind).map { String(NormalizedText.fold($0.phrase)) }) }
        span = phrases("period-gap-span")
        yearsUpTo = phrases("period-gap-years-to")
        partOfTheYear = phrases("period-gap-part-of").union([""])
    }
}
