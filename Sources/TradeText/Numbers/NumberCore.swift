import GraphModel

/// The number itself as first read, before its context: digits, a word, a fraction or a Chinese numeral.
struct NumberCore {
    enum Form { case digits, word, fraction, chinese }

    /// The value as written (3.93, 4 for "four", 66.67 for "two-thirds").
    var value: Double
    /// Character offsets of the number.
    var range: Range<Int>
    var form: Form
    /// A unit the word itself gives: "fourfold" is 4 times, a fraction is a percent.
    var unit: Unit?
    /// A qualifier the word itself gives: "double-digit" growth is over 10 percent.
    var approximation: Approximation?

    var inWords: Bool { form != .digits }
}

/// Reads the number that starts at an offset, in whichever form it is written.
struct CoreReader {
    let folded: [Character]
    let cues: CueIndex

    func core(at index: Int) -> NumberCore? {
        if let core = digits(at: index) { return chineseFraction(denominator: core) ?? core }
        if let core = fractionWord(at: index) { return core }
        if let core = word(at: index) ?? scaleArticle(at: index) { return core }
        if let core = ordinalStreak(at: index) { return core }
        if let core = rank(at: index) { return core }
        return chinese(at: index) ?? bareScale(at: index)
    }

    /// `45.47`, `780,000`, `0.5`: a comma groups only three digits, so "7.55, 3.93" stays two numbers.
    private func digits(at start: Int) -> NumberCore? {
        guard folded[start].isASCIIDigit else { return nil }
        if start > 0, folded[start - 1].isASCIIDigit || folded[start - 1] == "." { return nil }
        var end = start
        var text = ""
        while end < folded.count {
            let character = folded[end]
            if character.isASCIIDigit {
                text.append(character)
                end += 1
            } else if character == ",", groupOfThree(after: end) {
                end += 1
            } else if character == ".", !text.contains("."), end + 1 < folded.count, folded[end + 1].isASCIIDigit {
                text.append(character)
                end += 1
            } else {
                break
            }
        }
        guard let value = Double(text) else { return nil }
        return NumberCore(value: value, range: start..<end, form: .digits)
    }

    private func groupOfThree(after comma: Int) -> Bool {
        guard comma + 3 < folded.count, folded[(comma + 1)...(comma + 3)].allSatisfy(\.isASCIIDigit) else { return false }
        return comma + 4 == folded.count || !folded[comma + 4].isASCIIDigit
    }

    /// 三分之一, 3分之1: the denominator first, then 分之, then the numerator.
    private func chineseFraction(denominator: NumberCore) -> NumberCore? {
        let marker: [Character] = ["分", "之"]
        let end = denominator.range.upperBound
        guard end + 2 < folded.count, Array(folded[end..<(end + 2)]) == marker,
              let numerator = digits(at: end + 2) ?? chineseNumeral(at: end + 2), denominator.value > 0 else { return nil }
        return NumberCore(value: Self.percent(numerator.value, of: denominator.value),
                          range: denominator.range.lowerBound..<numerator.range.upperBound, form: .fraction, unit: .percent)
    }

    /// "half", "a third", 一半, 过半; "half a million" is a number of that scale, a fraction of one of it, and "half a
    /// percent" a fraction of one of that unit.
    private func fractionWord(at index: Int) -> NumberCore? {
        guard let match = cues.match(.fraction, at: index), let value = match.payload.first.flatMap(Double.init),
              !isTheHalfYear(match.range) else { return nil }
        let article = Array(" a")
        let end = match.range.upperBound + article.count
        if end + 1 < folded.count, Array(folded[match.range.upperBound..<end]) == article, folded[end] == " " {
            // "half a percent", "half a percentage point": half of one of the unit.
            let unit = cues.match(.unit, at: end + 1)?.payload.first.flatMap(Unit.init)
            if cues.match(.scale, at: end + 1) != nil || unit == .percent || unit == .pp {
                return NumberCore(value: value / 100, range: index..<end, form: .word)
            }
        }
        return NumberCore(value: value, range: match.range, form: .fraction, unit: .percent)
    }

    /// "growth picked up during the half": "the half" not followed by "of" is the half-year, no fraction.
    private func isTheHalfYear(_ range: Range<Int>) -> Bool {
        let article = Array("the ")
        guard range.lowerBound >= article.count, Array(folded[(range.lowerBound - article.count)..<range.lowerBound]) == article,
              String(folded[range]) == "half" else { return false }
        return !String(folded[range.upperBound...].prefix(3)).hasPrefix(" of")
    }

    /// "three", "fourfold", and fractions in words: "one-fifth", "two-thirds".
    private func word(at index: Int) -> NumberCore? {
        guard let match = cues.match(.word, at: index), let meaning = match.payload.first else { return nil }
        let parts = meaning.split(separator: " ")
        guard let value = parts.first.flatMap({ Double($0) }) else { return nil }
        let unit = parts.count > 1 ? Unit(rawValue: String(parts[1])) : nil
        let approximation = parts.count > 2 ? Approximation(rawValue: String(parts[2])) : nil
        let end = match.range.upperBound
        if end < folded.count, folded[end] == "-" || folded[end] == " ",
           let denominator = cues.match(.denominator, at: end + 1),
           let divisor = denominator.payload.first.flatMap(Double.init),
           folded[end] == "-" || !denominator.isQuarter(in: folded) || isFractionOf(denominator.range, start: index) {
            return NumberCore(value: Self.percent(value, of: divisor), range: index..<denominator.range.upperBound,
                              form: .fraction, unit: .percent)
        }
        let (whole, wholeEnd) = compounded(value, end: end)
        return NumberCore(value: whole, range: index..<wholeEnd, form: .word, unit: unit, approximation: approximation)
    }

    /// "forty-five", "twenty one": a tens word joined to a ones word; "two and a half": a half more.
    private func compounded(_ value: Double, end: Int) -> (Double, Int) {
        var (value, end) = (value, end)
        if (20...90).contains(value), value.truncatingRemainder(dividingBy: 10) == 0, end < folded.count, " -".contains(folded[end]),
           let ones = cues.match(.word, at: end + 1), ones.payload.first.map({ !$0.contains(" ") }) == true,
           let digit = ones.payload.first.flatMap(Double.init), (1...9).contains(digit) {
            (value, end) = (value + digit, ones.range.upperBound)
        }
        let half = Array(" and a half")
        if end + half.count <= folded.count, Array(folded[end..<(end + half.count)]) == half,
           end + half.count == folded.count || !folded[end + half.count].isLetter {
            (value, end) = (value + 0.5, end + half.count)
        }
        return (value, end)
    }

    /// "a trillion U.S. dollars", "a hundred billion": the article before a scale word (kind `number-scale-article`)
    /// is one of that scale.
    private func scaleArticle(at index: Int) -> NumberCore? {
        guard let match = cues.match(.scaleArticle, at: index), let value = match.payload.first.flatMap(Double.init),
              index == 0 || folded[index - 1] == " ", match.range.upperBound < folded.count, folded[match.range.upperBound] == " ",
              cues.match(.scale, at: match.range.upperBound + 1) != nil else { return nil }
        return NumberCore(value: value, range: match.range, form: .word)
    }

    /// "three quarters of China's total": a count of quarters followed by "of" and not after "first" (the first
    /// three quarters of 2025) is a fraction.
    private func isFractionOf(_ denominator: Range<Int>, start: Int) -> Bool {
        let after = String(folded[denominator.upperBound..<min(folded.count, denominator.upperBound + 4)])
        let before = String(folded[max(0, start - 6)..<start])
        return after == " of " && !before.hasSuffix("first ")
    }

    /// 突破万亿美元: a Chinese scale word with no numeral before it and a money unit after it is one of that scale; so is
    /// an English one joined by hyphens to the money it scales ("broke through the hundred-billion-dollar mark").
    private func bareScale(at index: Int) -> NumberCore? {
        guard let scale = cues.match(.scale, at: index), scale.payload.first.flatMap(Double.init) != nil else { return nil }
        if folded[index].isASCII {
            guard index == 0 || !folded[index - 1].isLetter && !folded[index - 1].isASCIIDigit,
                  scalesMoneyByHyphens(from: scale.range.upperBound) else { return nil }
            return NumberCore(value: 1, range: index..<index, form: .word)
        }
        guard let unit = cues.match(.unit, at: scale.range.upperBound)?.payload.first.flatMap(Unit.init),
              unit.isMoney,
              index == 0 || !folded[index - 1].isASCIIDigit && cues.match(.numeral, at: index - 1) == nil else { return nil }
        return NumberCore(value: 1, range: index..<index, form: .chinese)
    }

    /// "-billion-dollar", "-yuan": hyphens, each before a scale word, the last before a money unit.
    private func scalesMoneyByHyphens(from offset: Int) -> Bool {
        var at = offset
        while at < folded.count, folded[at] == "-" {
            if let unit = cues.match(.unit, at: at + 1)?.payload.first.flatMap(Unit.init) { return unit.isMoney }
            guard let next = cues.match(.scale, at: at + 1) else { return false }
            at = next.range.upperBound
        }
        return false
    }

    /// "for the fourth consecutive quarter": an ordinal in words right before a word that makes a count of periods
    /// counts the periods of the streak (an ordinal word elsewhere, "the world's fourth", is no count).
    private func ordinalStreak(at index: Int) -> NumberCore? {
        guard let match = cues.match(.ordinalWord, at: index), let value = match.payload.first.flatMap(Double.init),
              [match.range.upperBound, match.range.upperBound + 1].contains(where: { cues.match(.countAfter, at: $0) != nil })
        else { return nil }
        return NumberCore(value: value, range: match.range, form: .word)
    }

    /// "the largest trading partner", "second-largest import market", 第一大: a rank in words, where a noun that
    /// ranks follows within a few words; or one that ends its clause after what it ranks (居各类型企业首位).
    private func rank(at index: Int) -> NumberCore? {
        if let alone = rankAlone(at: index) { return alone }
        guard let match = cues.match(.rank, at: index), let value = match.payload.first.flatMap(Double.init) else { return nil }
        var end = match.range.upperBound
        let limit = min(folded.count, end + 30)
        while end < limit, !",，;；.。".contains(folded[end]) {
            if cues.match(.rankNoun, at: end) != nil { return NumberCore(value: value, range: match.range, form: .word, unit: .rank) }
            end += 1
        }
        return nil
    }

    /// "居各类型企业首位", "ranked first among ...": a rank word that names what it ranks before it (kind
    /// `number-rank-alone`), not glued to a word after it (首位客户 is a first customer).
    private func rankAlone(at index: Int) -> NumberCore? {
        guard let match = cues.match(.rankAlone, at: index), let value = match.payload.first.flatMap(Double.init),
              match.range.upperBound == folded.count || !folded[match.range.upperBound].isLetter else { return nil }
        return NumberCore(value: value, range: match.range, form: .word, unit: .rank)
    }

    /// 三, 十四, 二十五, 三百, 一千二百: a run of Chinese numerals; also their fractions, 三分之一.
    private func chinese(at index: Int) -> NumberCore? {
        if index > 0, cues.match(.numeral, at: index - 1) != nil { return nil }
        guard let core = chineseNumeral(at: index) else { return nil }
        return chineseFraction(denominator: core) ?? core
    }

    private func chineseNumeral(at start: Int) -> NumberCore? {
        var total = 0.0, digit: Double? = nil, end = start
        while end < folded.count, let match = cues.match(.numeral, at: end),
              let value = match.payload.first.flatMap(Double.init) {
            if value < 10 {
                if digit != nil { break }
                digit = value
            } else {
                total += (digit ?? 1) * value
                digit = nil
            }
            end = match.range.upperBound
        }
        guard end > start else { return nil }
        return NumberCore(value: total + (digit ?? 0), range: start..<end, form: .chinese)
    }

    /// A fraction as a percent, to two decimals as the graph writes one-sixth (16.67).
    static func percent(_ numerator: Double, of denominator: Double) -> Double {
        (numerator / denominator * 10_000).rounded() / 100
    }
}

extension Character {
    var isASCIILetter: Bool { isASCII && isLetter }
}

extension PhraseMatch where Payload == [String] {
    /// "first quarter" is a period, not a fraction: only "one-quarter" with a hyphen is.
    func isQuarter(in folded: [Character]) -> Bool {
        String(folded[range]).hasPrefix("quarter")
    }
}
