import GraphModel

/// Finds the periods a text names: years, quarters, halves, months and their spans, in English and Chinese,
/// as words (lexicon kinds `period-part`, `period-span`, `relative-year`, `relative-span`, `since`) or as numbers ("2025",
/// "2025年3月", "1-11月", "first 10 months", "2025-Q1"), each part of a year bound to the nearest year written
/// beside it, else to the reference's year (and the mention says so).
public struct PeriodReader: Sendable {
    /// How far (in characters) a part of a year looks for its year: "the first quarter of 2025".
    static let bindingDistance = 16

    /// The words that may stand between the parts of a period written apart.
    let gaps: PeriodGaps

    /// A reader that joins the parts of periods across the gaps `lexicon` lists.
    public init(lexicon: Lexicon) {
        gaps = PeriodGaps(lexicon: lexicon)
    }

    /// The periods of `text`, given the cues already found in it.
    public func periods(in text: NormalizedText, cues: [Cue], reference: PeriodReference) -> [PeriodMention] {
        var scan = PeriodScan(text: text, reference: reference, gaps: gaps)
        scan.collect(cues: cues)
        scan.collectNumbers()
        return scan.resolve()
    }
}

/// One reading of a text for periods: the years, parts and spans it writes, before they are bound together.
struct PeriodScan {
    struct Year { let year: Int; let range: Range<Int>; let inference: String? }
    struct Part { let part: PeriodPart; let range: Range<Int> }

    let text: NormalizedText
    let reference: PeriodReference
    let gaps: PeriodGaps
    var years: [Year] = []
    var parts: [Part] = []
    var found: [PeriodMention] = []
    /// "since" / 以来 (`after`: written after the year), and "before" / 之前 (`before`), which make spans of a year.
    var sinceMarks: [(range: Range<Int>, after: Bool, before: Bool)] = []
    var days: [Day] = []
    /// Small counts, in words or digits, that may count the years of a span up to a year ("the five years to 2024").
    var counts: [(value: Int, range: Range<Int>)] = []

    init(text: NormalizedText, reference: PeriodReference, gaps: PeriodGaps) {
        self.text = text
        self.reference = reference
        self.gaps = gaps
    }

    mutating func collect(cues: [Cue]) {
        for cue in cues {
            switch cue.kind {
            case "period-part":
                if let part = PeriodPart(meaning: cue.meaning) { parts.append(Part(part: part, range: cue.range)) }
            case "period-span":
                if let period = try? Period(parsing: cue.meaning) {
                    found.append(PeriodMention(period: period, text: cue.text, range: cue.range, inference: nil))
                }
            case "relative-year":
                if let offset = Int(cue.meaning.replacingOccurrences(of: "+", with: "")) {
                    let year = reference.currentYear + offset
                    years.append(Year(year: year, range: cue.range,
                                      inference: "'\(cue.text)' = \(year) (\(reference.basis))"))
                }
            case "relative-span":
                if let years = Int(cue.meaning), years > 0 {
                    let last = reference.currentYear - 1
                    add("\(last - years + 1)/\(last)", range: cue.range,
                        inference: "'\(cue.text)' = \(last - years + 1)/\(last) (\(reference.basis))")
                }
            case "since":
                sinceMarks.append((cue.range, cue.meaning.hasSuffix("-after"), cue.meaning.hasPrefix("before")))
            case "number-word":
                if let value = Int(cue.meaning) { counts.append((value, cue.range)) }
            default: continue
            }
        }
    }

    mutating func collectNumbers() {
        var scanner = NumeralScanner(text.folded)
        while let numeral = scanner.next() {
            if let period = canonicalPeriod(numeral) {
                let range = numeral.range.lowerBound..<(numeral.range.lowerBound + (numeral.periodToken?.count ?? 0))
                found.append(PeriodMention(period: period, text: text.text(range), range: range, inference: nil))
                scanner.skip(to: range.upperBound)
            } else if collectDay(numeral) {
                continue
            } else if numeral.digits == 4, numeral.range.count == 4, (1900...2099).contains(numeral.value), !numeral.isPercentOrDecimal {
                // "2,000 enterprises": digits grouped with a comma are a count, never a year.
                years.append(Year(year: numeral.value, range: numeral.range, inference: nil))
            } else if let months = monthSpan(after: numeral, scanner: &scanner) {
                parts.append(months)
            } else if numeral.digits <= 2, !numeral.isPercentOrDecimal {
                counts.append((numeral.value, numeral.range))
            }
        }
    }

    /// `2025-Q1`, `2025-03`, `2021/2025` written in the graph's own notation.
    private func canonicalPeriod(_ numeral: NumeralScanner.Numeral) -> Period? {
        guard numeral.digits == 4, let token = numeral.periodToken, token.count > 4 else { return nil }
        return try? Period(parsing: token.uppercased())
    }

    /// `3月`, `1-11月`, `1至11月`, `前10个月`, `first 10 months`.
    private func monthSpan(after numeral: NumeralScanner.Numeral, scanner: inout NumeralScanner) -> Part? {
        let folded = text.folded
        let end = numeral.range.upperBound
        func starts(_ word: String, at index: Int) -> Bool {
            let characters = Array(word)
            return index + characters.count <= folded.count && Array(folded[index..<(index + characters.count)]) == characters
        }
        let start = numeral.range.lowerBound
        if start >= 1, folded[start - 1] == "前", starts("个月", at: end), (1...12).contains(numeral.value) {
            return Part(part: PeriodPart(months: 1, numeral.value), range: (start - 1)..<(end + 2))
        }
        if start >= 6, starts("first ", at: start - 6), starts(" months", at: end), (1...12).contains(numeral.value) {
            return Part(part: PeriodPart(months: 1, numeral.value), range: (start - 6)..<(end + 7))
        }
        if starts("月", at: end), !(start > 0 && folded[start - 1] == "个"), (1...12).contains(numeral.value) {
            return Part(part: PeriodPart(months: numeral.value, numeral.value), range: start..<(end + 1))
        }
        if end < folded.count, "-至到~".contains(folded[end]) || folded[end] == "—",
           let second = scanner.peek(), second.range.lowerBound == end + 1, starts("月", at: second.range.upperBound),
           (1...12).contains(numeral.value), (numeral.value...12).contains(second.value) {
            _ = scanner.next()
            return Part(part: PeriodPart(months: numeral.value, second.value), range: start..<(second.range.upperBound + 1))
        }
        return nil
    }
}
