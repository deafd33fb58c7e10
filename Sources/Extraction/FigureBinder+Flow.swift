import GraphModel
import TradeText

/// Which trade flow a number is of: the flow words of its clause, its sentence, or what it ranks.
extension FigureBinder {
    /// The figure's flow: a list's in order, a rank's, the words around it, the sentences before on its line;
    /// none for what counts no trade, and none where no word names one (a PMI, a share of the world economy,
    /// duty-free sales: a figure of trade says which trade).
    func flow(of number: NumberMention, unit: Unit, metric: String, index: Int, isStreak: Bool,
              ordered: ParallelLists) -> String? {
        // Things counted that are no trade partners ("29 policy measures") have no flow; a streak keeps its subject's.
        if MetricChoice.isFlowless(unit) || unit == .count && !isStreak || metric == "count_growth" || sharesACount(number)
            || metric == "quantity_growth" && flowNamed(around: number) == nil
            || metric == "share" && describesTheCount(before: index) || isADeal(number) { return nil }
        if unit.isCounted { return flowInClause(number) }
        if metric == "ratio", let subject = flowOfTheSubject(number) { return subject }
        // "连续17年成为全球第二大进口市场": a streak of a rank is of the rank's flow.
        let named = ordered.flow(for: index) ?? (unit == .rank || isStreak ? flowAfter(number) : nil)
            ?? flowNamed(around: number, rankOfAnotherClause: !isStreak)
        // "Over the same period, total duty-free sales reached 3.89 billion yuan": a sentence that says what it
        // measures is no trade (kind `extract-no-flow`) takes no flow from the sentences before either.
        guard named == nil, reading.cues(kind: "extract-no-flow").isEmpty else { return named }
        return context.flow ?? flowPointedBack() ?? flowOfTheWhole(number, metric: metric)
            ?? tradeWithAPartner(number, unit: unit, metric: metric) ?? context.listFlow
    }

    /// "东盟：7.55万亿元，增长8%", "EU: 5.93 trillion yuan, up 6%", "SOEs: 6.06 trn yuan; 13.3% of total": money, its growth
    /// or its share, after the name of a partner, enterprise type or region that heads it with a colon, a dash or nothing,
    /// as digests, lists and tables write them, with no flow word anywhere near, is the trade of that name, both ways
    /// ("Dealings with Australia rose 4.4%" says no trade).
    func tradeWithAPartner(_ number: NumberMention, unit: Unit, metric: String) -> String? {
        guard unit.isMoney || ["yoy_growth", "share"].contains(metric) else { return nil }
        let folded = reading.text.folded
        let headed = entities.contains { mention in
            guard ["partner", "enterprise", "region"].contains(DimensionColumn.byLabel[mention.label]),
                  mention.range.upperBound <= number.range.lowerBound else { return false }
            // "ASEAN 7.55trn, +8%": in terse writing the amount may follow the name with nothing between.
            let after = folded[mention.range.upperBound..<number.range.lowerBound].drop { $0 == " " }
            return after.first.map { [":", "：", "-", "—"].contains($0) } ?? true
        }
        // "325.84 billion yuan — goods cleared through the Hong Kong-Zhuhai-Macao Bridge port": a port's trade too.
        let throughAChannel = unit.isMoney && entities.contains { DimensionColumn.byLabel[$0.label] == "channel" }
        return headed || throughAChannel ? "total" : nil
    }

    /// "The exact number is 45.47 trillion yuan, up 3.8% on the year before", "December by itself was 4.26 trillion
    /// yuan": an amount of the nation's size (`nationalScale` or more) of nothing the sentence names, with no flow word
    /// on its line so far and none that says it is no trade (a deal, sales), is the country's total trade; the growth
    /// or share stated right after an amount of total trade of the same names ("Belt & Road partner countries 23.6trn
    /// yuan, +6.3%") is of total trade too. The note says the flow was chosen.
    func flowOfTheCountry(_ figure: DraftFigure, number: NumberMention, after previous: DraftFigure?) -> String? {
        guard figure.flow == nil, context.flow == nil, reading.cues(kind: "extract-no-flow").isEmpty, !isADeal(number) else { return nil }
        if figure.unit.isMoney { return figure.dimensions.isEmpty && abs(figure.value) >= Self.nationalScale ? "total" : nil }
        let afterTheTotal = previous.map { $0.unit.isMoney && $0.flow == "total" && $0.dimensions == figure.dimensions } ?? false
        return ["yoy_growth", "share"].contains(figure.metric) && afterTheTotal ? "total" : nil
    }

    /// The smallest amount of money a country's trade in a period runs to: a hundred billion.
    static let nationalScale = 1e11

    /// "进口是出口的2.1倍", "exports were 1.5 times imports": a ratio is of the flow its clause names first, the
    /// subject, not the one it is measured against.
    func flowOfTheSubject(_ number: NumberMention) -> String? {
        let clause = clause(of: number)
        let subject = reading.cues(kind: "flow").first { cue in
            clause.contains(cue.range.lowerBound) && cue.range.upperBound <= number.range.lowerBound
        }
        return subject?.meaning
    }

    /// "intended deals exceeding $80 billion", 意向成交金额超过800亿美元: deals signed at a fair (a word of kind
    /// `extract-deal` before the number in its clause) are no customs trade and have no flow.
    func isADeal(_ number: NumberMention) -> Bool {
        let clause = clause(of: number)
        return reading.cues(kind: "extract-deal").contains {
            clause.contains($0.range.lowerBound) && $0.range.upperBound <= number.range.lowerBound
        }
    }

    /// A rank's flow is in what it ranks: the rank noun right after it ("the largest export market",
    /// "second-largest source of imports"), else a flow word after it in its clause.
    func flowAfter(_ number: NumberMention) -> String? {
        let clause = clause(of: number)
        let after = { (cue: Cue) in cue.range.lowerBound >= number.range.upperBound && cue.range.upperBound <= clause.upperBound }
        let ranked = reading.cues.first { $0.kind.hasSuffix("number-rank-noun") && after($0) }?.meaning
        return ranked.flatMap { $0 == "total" ? nil : $0 } ?? reading.cues(kind: "flow").first(where: after)?.meaning
    }

    /// A count of things has a flow only where its own clause names one ("exports to more than 170 countries"); a
    /// word that says what a partner is to China ("a major trading partner of 160 countries", "the top export
    /// destination for 79 countries", also a rank noun) describes the relation, not trade the count measures.
    func flowInClause(_ number: NumberMention) -> String? {
        let clause = clause(of: number)
        let relations = reading.cues.filter { $0.kind.hasSuffix("rank-noun") }.map(\.range)
        return reading.cues(kind: "flow").last { clause.contains($0.range.lowerBound) && !relations.contains($0.range) }?.meaning
    }

    /// The flow a word of the sentence names for the number: in its clause, before it ("exports of X rose 5%")
    /// or after it ("16.2% of total exports"); else before it in the sentence; else after it where no figure of its
    /// own follows it in its clause ("72% of bags ... imported by China").
    /// A word that says what a partner is to China in another clause ("ASEAN: 7.55 trillion, up 8%, and China's largest
    /// export market") names the flow of that rank, not of the number: `rankOfAnotherClause` leaves such words out (a
    /// streak of that rank keeps them).
    func flowNamed(around number: NumberMention, rankOfAnotherClause: Bool = false) -> String? {
        let clause = clause(of: number)
        let relations = rankOfAnotherClause ? reading.cues.filter { $0.kind.hasSuffix("rank-noun") }.map(\.range) : []
        let flows = reading.cues(kind: "flow").filter { clause.contains($0.range.lowerBound) || !relations.contains($0.range) }
        let before = flows.filter { $0.range.upperBound <= number.range.lowerBound }
        let after = flows.filter { $0.range.lowerBound >= number.range.upperBound }
        // "26.8% of China's total imports and 16.2% of total exports": the flow of the number's own of-phrase.
        let ownPhrase = String(reading.text.folded[number.range.upperBound...].prefix(4)) == " of "
            ? after.first { $0.range.upperBound <= min(clause.upperBound, nextNumberStart(after: number)) } : nil
        // "By midyear the total stood at 21.79 trillion yuan, ... even though imports fell 2.7%": a flow word of a later
        // clause with a figure of its own is that figure's (looked for only when nothing nearer names a flow).
        let laterOwnerless = {
            after.first { cue in
                let owner = SentenceSplitter.clause(around: cue.range, in: characters, within: 0..<characters.count)
                return !numbers.contains { $0.isFigure && $0.range.lowerBound >= cue.range.upperBound && owner.contains($0.range.lowerBound) }
            }
        }
        return (ownPhrase ?? before.last { clause.contains($0.range.lowerBound) } ?? after.first { clause.contains($0.range.lowerBound) }
            ?? before.last ?? laterOwnerless())?.meaning
    }
}
