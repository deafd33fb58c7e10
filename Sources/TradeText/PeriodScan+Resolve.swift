import GraphModel

extension PeriodScan {
    /// Binds parts to years and turns what is left into periods, in text order, each period once.
    mutating func resolve() -> [PeriodMention] {
        joinMonthRuns()
        var used = Set<Int>()
        resolveDays(used: &used)
        spans(used: &used)
        // A whole year ("the year", "whole of") binds last and, without a year of its own, says nothing more
        // than the other periods: "the year-on-year change in Jan 2025" is January's — unless a figure stands
        // between them ("43.2% in Q1 and 48.7% for the full year"). An end right beside a quarter or
        // month makes it that part's last day ("at the end of March"), else it is the year's. A month or quarter
        // after "since" runs to the end of its year ("从6月起", "since the second quarter").
        let ended = parts.filter { !$0.part.isWholeYear && !$0.part.isEnd && endsAt($0.range) }.map(\.range)
        let endOfPart = !ended.isEmpty
        for part in parts.filter({ !$0.part.isWholeYear }) + parts.filter(\.part.isWholeYear)
        where !found.contains(where: { $0.range.overlaps(part.range) }) {
            if part.part.isEnd, endOfPart { continue }
            let year = nearestYear(to: part.range, excluding: used)
            if year == nil, part.part.isWholeYear, saysNoMoreThanAnotherPeriod(part.range) { continue }
            if let year { used.insert(year.index) }
            let value = year?.year.year ?? bareYear(of: part.part)
            let inference = year.map(\.year.inference) ?? "\(PeriodMention.noYearGiven): \(value) (\(reference.basis))"
            let range = year.map { merged(part.range, $0.year.range) } ?? part.range
            if sinceMark(for: part.range) != nil, let through = part.part.throughYearEnd(value) {
                add(through, range: range, inference: inference)
            } else {
                add(part.part.notation(value), range: range, inference: inference, lastDayOnly: ended.contains(part.range))
            }
        }
        for (index, year) in years.enumerated() where !used.contains(index) {
            add("\(year.year)", range: year.range, inference: year.inference)
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// How far an end word may stand from the part it ends: "end of June", 3月末.
    static let endReach = 4

    /// Whether an end word stands right beside the part at `range` ("by the end of June the January–June total":
    /// June ends, the run of months does not).
    func endsAt(_ range: Range<Int>) -> Bool {
        parts.contains { end in
            end.part.isEnd && (end.range.upperBound <= range.lowerBound ? range.lowerBound - end.range.upperBound
                : end.range.lowerBound - min(end.range.lowerBound, range.upperBound)) <= Self.endReach
        }
    }

    /// The year of a part of a year named without one: the bare year, or the year before where the part would not
    /// have ended by the day the document was published, since a document states figures of periods past
    /// ("December", "the first quarter", "for the full year" in a story of 14 January 2026 are of 2025).
    func bareYear(of part: PeriodPart) -> Int {
        let year = reference.bareYear
        guard let date = reference.date, let period = try? Period(parsing: part.notation(year)),
              date < period.lastDay else { return year }
        return year - 1
    }

    /// "January-October", "March to May": two months joined into the run between them.
    private mutating func joinMonthRuns() {
        var joined: [Part] = []
        for part in parts.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            if let last = joined.last, let from = last.part.singleMonth, let to = part.part.singleMonth, to > from,
               gaps.span.contains(between(last.range, part.range)) {
                joined[joined.count - 1] = Part(part: PeriodPart(months: from, to), range: merged(last.range, part.range))
            } else {
                joined.append(part)
            }
        }
        parts = joined
    }

    /// Year ranges and "since YEAR" / "YEAR年以来" spans.
    private mutating func spans(used: inout Set<Int>) {
        for (index, year) in years.enumerated() where year.inference == nil && !used.contains(index) {
            if let next = years.indices.first(where: { $0 > index && years[$0].inference == nil }),
               gaps.span.contains(between(year.range, years[next].range)), years[next].year > year.year {
                used.formUnion([index, next])
                add("\(year.year)/\(years[next].year)", range: merged(year.range, years[next].range), inference: nil)
            } else if let mark = sinceMark(for: year.range) {
                used.insert(index)
                add("\(year.year)/\(reference.bareYear)", range: merged(year.range, mark),
                    inference: "'since' runs to \(reference.bareYear) (\(reference.basis))")
            } else if let count = yearsCounted(upTo: year.range) {
                used.insert(index)
                add("\(year.year - count.value + 1)/\(year.year)", range: merged(count.range, year.range), inference: nil)
            } else if let mark = sinceMark(for: year.range, before: true) {
                // "Before 2025", 2025年之前: the years up to the one before, read as the five of them.
                used.insert(index)
                let last = year.year - 1
                add("\(last - Self.yearsBefore + 1)/\(last)", range: merged(year.range, mark),
                    inference: "'\(text.text(merged(year.range, mark)))' read as the \(Self.yearsBefore) years up to \(last)")
            }
        }
    }

    /// "The five years to 2024", "the three years through 2025": a count of years written right before words that run
    /// them up to a year.
    private func yearsCounted(upTo year: Range<Int>) -> (value: Int, range: Range<Int>)? {
        counts.last { count in
            count.range.upperBound <= year.lowerBound && (2...30).contains(count.value)
                && gaps.yearsUpTo.contains(between(count.range, year))
        }
    }

    /// How many years "before YEAR" spans: a five-year plan's length, the span the briefings look back over.
    static let yearsBefore = 5

    private func sinceMark(for range: Range<Int>, before: Bool = false) -> Range<Int>? {
        sinceMarks.first { mark in
            mark.before == before
                && (mark.after ? ["", "年"].contains(between(range, mark.range)) : ["", "the"].contains(between(mark.range, range)))
        }?.range
    }

    private func nearestYear(to range: Range<Int>, excluding used: Set<Int>) -> (index: Int, year: Year)? {
        years.enumerated()
            .map { (index: $0.offset, year: $0.element, gap: gap(range, $0.element.range)) }
            .filter { $0.gap <= PeriodReader.bindingDistance && !(used.contains($0.index) && isSpanYear($0.index))
                && !figureBetween(range, $0.year.range) }
            .min { $0.gap < $1.gap }
            .map { ($0.index, $0.year) }
    }

    /// Whether a bare whole year at `range` only repeats another period: the year a part before it lies in ("the
    /// first half of the year"), or one before another period with no figure between ("the year-on-year change in
    /// Jan 2025"). After a part in words of their own it is the year: "rose 7.2% in the first half and ended the
    /// year at 26.99trn".
    private func saysNoMoreThanAnotherPeriod(_ range: Range<Int>) -> Bool {
        (found.map(\.range) + parts.filter { !$0.part.isWholeYear }.map(\.range)).contains { other in
            other.lowerBound < range.lowerBound ? gaps.partOfTheYear.contains(between(other, range)) : !digitBetween(range, other)
        }
    }

    /// Whether a digit stands between a part and a year after it: such a figure keeps them apart ("18.8% in Q1 and
    /// 26.2% for 2025" is the first quarter's and the year's, not Q1 2025 twice). A year before the part scopes the
    /// sentence ("In 2024, exports rose 5% in Q1").
    private func figureBetween(_ part: Range<Int>, _ year: Range<Int>) -> Bool {
        part.upperBound <= year.lowerBound && digitBetween(part, year)
    }

    /// Whether a digit stands between the end of `first` and the start of `second`.
    private func digitBetween(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
        text.folded[first.upperBound..<max(first.upperBound, second.lowerBound)].contains { $0.isASCIIDigit }
    }

    private func isSpanYear(_ index: Int) -> Bool {
        found.contains { $0.range.overlaps(years[index].range) }
    }

    /// Adds the period `notation` names, or with `lastDayOnly` its last day.
    mutating func add(_ notation: String, range: Range<Int>, inference: String?, lastDayOnly: Bool = false) {
        guard var period = try? Period(parsing: notation) else { return }
        if lastDayOnly, let day = try? Period(parsing: period.lastDay.description) { period = day }
        found.append(PeriodMention(period: period, text: text.text(range), range: range, inference: inference))
    }

    /// The folded text between two ranges, trimmed.
    func between(_ first: Range<Int>, _ second: Range<Int>) -> String {
        guard first.upperBound <= second.lowerBound else { return "\u{0}" }
        return text.foldedText(first.upperBound..<second.lowerBound).trimmingWhitespace
    }

    private func gap(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound : max(0, a.lowerBound - b.upperBound)
    }

    func merged(_ a: Range<Int>, _ b: Range<Int>) -> Range<Int> {
        min(a.lowerBound, b.lowerBound)..<max(a.upperBound, b.upperBound)
    }
}
