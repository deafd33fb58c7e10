import Foundation

extension PeriodScan {
    /// A day written after its month ("Dec. 18", "January 10", "12月18日") or before it ("18 Dec 2025").
    struct Day { let month: Int; let day: Int; let monthRange: Range<Int>; let range: Range<Int> }

    /// Whether `numeral` is the day of a month part written right before it, or right after it as British
    /// writers date ("18 Dec 2025"); then it is kept as a day.
    mutating func collectDay(_ numeral: NumeralScanner.Numeral) -> Bool {
        guard (1...31).contains(numeral.value), numeral.digits <= 2, !numeral.isPercentOrDecimal else { return false }
        if let index = parts.firstIndex(where: { $0.range.lowerBound >= numeral.range.upperBound }),
           let month = parts[index].part.singleMonth, text.folded[parts[index].range.lowerBound].isLetter,
           text.foldedText(numeral.range.upperBound..<parts[index].range.lowerBound) == " " {
            days.append(Day(month: month, day: numeral.value, monthRange: parts[index].range,
                            range: numeral.range.lowerBound..<parts[index].range.upperBound))
            parts.remove(at: index)
            return true
        }
        guard let index = parts.lastIndex(where: { $0.range.upperBound <= numeral.range.lowerBound }),
              let month = parts[index].part.singleMonth,
              ["", "."].contains(text.foldedText(parts[index].range.upperBound..<numeral.range.lowerBound).trimmingWhitespace)
        else { return false }
        let folded = text.folded
        let end = numeral.range.upperBound < folded.count && "日号".contains(folded[numeral.range.upperBound])
            ? numeral.range.upperBound + 1 : numeral.range.upperBound
        days.append(Day(month: month, day: numeral.value, monthRange: parts[index].range, range: parts[index].range.lowerBound..<end))
        parts.remove(at: index)
        return true
    }

    /// Days as periods: each takes the year written beside it ("Dec. 18, 2025", "2025年12月18日"), else the
    /// reference's (the last such day up to the publication day); two days joined by "to", "至" or a dash ("From
    /// Dec. 18, 2025, to Jan. 10, 2026") are one span.
    mutating func resolveDays(used: inout Set<Int>) {
        var dated: [(notation: String, range: Range<Int>, inference: String?)] = []
        for day in days {
            let year = dayYear(day, excluding: used)
            if let year { used.insert(year.index) }
            let implied = reference.year(ofMonth: day.month, day: day.day)
            let notation = String(format: "%04d-%02d-%02d", year?.year.year ?? implied, day.month, day.day)
            let range = year.map { merged(day.range, $0.year.range) } ?? day.range
            dated.append((notation, range, year == nil ? "\(PeriodMention.noYearGiven): \(implied) (\(reference.basis))" : nil))
        }
        var index = 0
        while index < dated.count {
            let first = dated[index]
            if index + 1 < dated.count, gaps.span.contains(joiner(first.range, dated[index + 1].range)) {
                let last = dated[index + 1]
                add("\(first.notation)/\(last.notation)", range: merged(first.range, last.range),
                    inference: first.inference ?? last.inference)
                index += 2
            } else {
                add(first.notation, range: first.range, inference: first.inference)
                index += 1
            }
        }
    }

    /// The year right after a day ("Dec. 18, 2025") or right before its month ("2025年12月18日").
    private func dayYear(_ day: Day, excluding used: Set<Int>) -> (index: Int, year: Year)? {
        years.enumerated().first { index, year in
            guard !used.contains(index), year.inference == nil else { return false }
            return year.range.lowerBound >= day.range.upperBound && joiner(day.range, year.range).isEmpty
                || year.range.upperBound <= day.monthRange.lowerBound && ["", "年"].contains(between(year.range, day.monthRange))
        }.map { ($0.offset, $0.element) }
    }

    /// The words between two ranges without commas: ", to" is "to".
    private func joiner(_ first: Range<Int>, _ second: Range<Int>) -> String {
        between(first, second).filter { $0 != "," && $0 != "，" }.trimmingWhitespace
    }
}
