import GraphModel
import TradeText

/// Turns a reading of a question into an interpretation: which entities, flows, metrics and periods it asks
/// for. China itself is the reporter of the national figures, not a dimension, so naming it narrows nothing.
struct QuestionReader {
    /// Metrics that answer a question asking for another metric nearly as well (a growth question may be
    /// answered by an average annual growth).
    static let related: [String: [String]] = [
        "yoy_growth": ["growth", "avg_annual_growth", "count_growth", "quantity_growth", "mom_growth", "price_change"],
        "share": ["share_change", "contribution_rate"],
        "share_change": ["contribution", "growth_change", "share"],
        "count": ["count_change", "count_growth", "average_count", "quantity"],
        "count_growth": ["quantity_growth", "count_change"],
        "value": ["average_value", "quantity"],
        "average_value": ["average_count", "value"],
        "threshold": ["value"],
        "duration": ["duration_change"],
        "contribution": ["contribution_rate", "share_change", "share"],
        "rank": ["share"],
        "ratio": ["share"],
        "quantity": ["quantity_growth"],
    ]

    let reader: TradeTextReader
    let numbers: NumberReader
    /// Names of the whole world (lexicon kind `whole-world`).
    let wholeWorld: Set<String>
    /// The nouns that say what kind of entity a bare "which" asks for (lexicon kind `which-noun`).
    let whichNouns: CueReader

    init(reader: TradeTextReader, numbers: NumberReader) {
        self.reader = reader
        self.numbers = numbers
        whichNouns = CueReader(lexicon: reader.lexicon, kinds: ["which-noun"])
        wholeWorld = Set(reader.lexicon.phrases(kind: "whole-world").map { $0.phrase.lowercased() })
    }

    /// The amounts of money and counts of things a question states, outside its periods ("2025" is a year, not
    /// an amount): "超过10万家" is a count of enterprises, "1 trillion dollars" money. Rates and ranks are left out.
    static func amounts(_ numbers: [NumberMention], reading: TextReading) -> [Interpretation.Amount] {
        numbers.filter { number in
            guard number.isFigure, let unit = number.unit, !Self.unstatedUnits.contains(unit) else { return false }
            return !reading.periods.contains { $0.range.overlaps(number.core) }
        }.map { Interpretation.Amount(value: $0.value, unit: $0.unit?.rawValue ?? "") }
    }

    /// Units of numbers that are not amounts a figure states: rates, ranks, lengths of time.
    static let unstatedUnits: Set<Unit> = [.percent, .pp, .rank, .times, .days, .hours, .weeks, .months, .years]

    /// A name close enough to a word not understood to be its misspelling: one edit for a short word, two for a
    /// long one, so that "chips" is not taken for "China".
    static func suggestion(for word: String, among names: [String]) -> String? {
        guard word.count >= 5, let name = Suggestion.closest(to: word, among: names) else { return nil }
        let limit = word.count >= 8 ? 2 : 1
        return Suggestion.editDistance(Array(word.lowercased()), Array(name.lowercased()), limit: limit) <= limit ? name : nil
    }

    /// The words compared with evidence and notes: those no facet explains, the words of a streak
    /// ("consecutive", 连续) and of the periods it counts ("quarters", which the number reader keeps for "three
    /// quarters"), since notes say what a count of periods counts, and the year a comparison is
    /// against ("since 2020", 比2020年), which notes write ("change on 2020"), and the notes' own words beside
    /// the question's (销量: "sales", 减免: "exempted"). Other numbers are left out:
    /// measured on the question set, "1 trillion" matched more restatements than answers.
    static func searchWords(unknown: [String], reading: TextReading, bases: Set<Range<Int>>) -> [String] {
        let since = reading.cues(kind: "since").map(\.range)
        let compared = reading.periods.filter { period in bases.contains(period.range) || since.contains { $0.overlaps(period.range) } }
        let described = Self.streaks(of: reading) + reading.cues(kind: "number-denominator")
        return unknown.flatMap(TextTokens.words) + described.flatMap { TextTokens.words(of: $0.text) }
            + compared.map { String($0.period.firstDay.year) }
            + reading.cues(kind: "note-word").flatMap { TextTokens.words(of: $0.text + " " + $0.meaning) }
    }

    /// The entities named, one group of alternatives per place in the text, each set of entities once; a group
    /// that only widens another ("大湾区" beside "内地9市") is dropped, since both name the narrower entity.
    static func entityGroups(_ mentions: [EntityMention]) -> [[EntityMention]] {
        let groups = Dictionary(grouping: mentions, by: \.range).sorted { $0.key.lowerBound < $1.key.lowerBound }.map(\.value)
            .uniqued(by: { Set($0.map(\.node)) })
        let sets = groups.map { Set($0.map(\.node)) }
        return zip(groups, sets).filter { _, nodes in !sets.contains { $0 != nodes && $0.isStrictSubset(of: nodes) } }.map(\.0)
    }

    /// The groups that say what the figure is about, without a name of the whole world where it is only the
    /// scope of a rank or the base of a share ("the world's largest trader", 连续17年是全球第二大进口市场): such
    /// figures are world statistics, stated with no World dimension and reported by whoever compiled them, as
    /// the graph records them (lexicon kind `whole-world`). Also whether one was left out: then the question
    /// asks for world statistics.
    func withoutScope(_ groups: [[EntityMention]], metric: String?, reading: TextReading) -> (kept: [[EntityMention]], asksWorld: Bool) {
        guard metric == "rank" || metric == "share" || !reading.cues(kind: "number-rank").isEmpty else { return (groups, false) }
        let kept = groups.filter { group in !group.allSatisfy { wholeWorld.contains($0.text.lowercased()) } }
        return (kept, kept.count < groups.count)
    }

    /// The words that ask for periods in a row: the streak cues, and the number reader's words after a count
    /// of periods ("years in a row"), which would otherwise hide the streak cue inside them.
    static func streaks(of reading: TextReading) -> [Cue] {
        (reading.cues(kind: "streak") + reading.cues(kind: "number-count-after")).uniqued(by: \.range)
    }

    /// Whether the question asks about a run of periods: it names one without its length ("how many consecutive
    /// years"), or states one ("did trade grow for seven quarters in a row") and names no particular metric
    /// besides — "连续16年保持第二大进口国期间，进口年均增长多少" asks for the average growth over that run.
    static func asksStreak(_ reading: TextReading, numbers: [NumberMention], metrics named: [String]) -> Bool {
        let streaks = streaks(of: reading)
        let stated = streaks.filter { cue in
            numbers.contains { number in
                number.range.overlaps(cue.range) || (0...1).contains(cue.range.lowerBound - number.range.upperBound)
                    || (0...1).contains(number.range.lowerBound - cue.range.upperBound)
            }
        }
        return stated.count < streaks.count || !stated.isEmpty && named.allSatisfy(MetricChoice.general.contains)
    }

    /// The kinds of entity a "which" question names, as labels (`which country`: `Partner`); the meaning
    /// `which` names none.
    func whichLabels(of reading: TextReading) -> Set<String> {
        let asks = reading.cues(kind: "which")
        let bare = asks.filter { $0.meaning == "which" }
        let nouns = whichNouns.cues(in: reading.text, outside: reading.entities.map(\.range)).filter { noun in
            bare.contains { which in
                which.range.upperBound <= noun.range.lowerBound
                    && Self.isShortGap(reading.text.foldedText(which.range.upperBound..<noun.range.lowerBound))
            }
        }
        return Set((asks + nouns).flatMap { $0.meaning.split(separator: "|").map(String.init) }.filter { $0 != "which" })
    }

    /// Whether the words between a "which" and a noun are few enough for the noun to say what it asks: at
    /// most two English words ("which Chinese border port") or four Chinese characters (哪个沿边口岸).
    static func isShortGap(_ gap: String) -> Bool {
        gap.contains { $0.isHan } ? gap.count <= 4 : gap.split(separator: " ").count <= 2
    }

    /// "Where does China rank among the EU's trading partners", "中国是欧盟第二大贸易伙伴": an entity other than
    /// China named right before a rank or what a rank ranks is the one whose list it is, so the figure is its
    /// statistics (its reporter's), not China's ranking of it. A rank verb after a name ranks it in someone's
    /// list ("where does the EU rank among China's partners").
    static func ranksOwnList(_ reading: TextReading) -> Bool {
        let verbs = Set(reading.cues(kind: "rank-verb").map(\.range))
        let ranks = reading.cues.filter { cue in
            ["number-rank", "number-rank-noun", "rank-noun"].contains(cue.kind)
                || cue.kind == "metric" && cue.meaning == "rank" && !verbs.contains(cue.range)
        }
        return reading.entities.contains { entity in
            entity.id != "china" && ranks.contains { rank in
                rank.range.lowerBound >= entity.range.upperBound && rank.range.lowerBound - entity.range.upperBound <= 3
                    && reading.text.foldedText(entity.range.upperBound..<rank.range.lowerBound).allSatisfy { "'’s 的".contains($0) }
            }
        }
    }

    /// In a count, the words of what a rank ranks describe what is counted ("of how many countries is China a
    /// major trading partner"), as notes say it, so they are compared with notes like the question's own words.
    static func rankNounWords(_ reading: TextReading) -> [String] {
        (reading.cues(kind: "number-rank-noun") + reading.cues(kind: "rank-noun")).flatMap { TextTokens.words(of: $0.text) }
    }

    /// An amount as the notes write it ("100 billion", "1 trillion"), for a count of the things above it: "how
    /// many countries traded more than 1 trillion yuan" counts the countries whose note names that threshold.
    static func noteWords(of amount: Interpretation.Amount) -> [String] {
        let scales: [(Double, String)] = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")]
        guard let (scale, word) = scales.first(where: { amount.value >= $0.0 }) else { return [] }
        let number = amount.value / scale
        let digits = number == number.rounded() ? String(Int(number)) : String(number)
        return [digits, word]
    }

    /// The flows named, also by what a rank ranks ("largest export market", 出口目的地): the rank nouns (the
    /// number reader's and the questions' own) say the flow that the flow words inside them would have said —
    /// except in a count, where they describe what is counted ("for how many countries was China the top export
    /// destination"), and the flow words inside them say nothing either.
    static func flows(of reading: TextReading, counts: Bool, endingNames: [(at: Int, flow: String)] = []) -> [Flow] {
        let nouns = reading.cues(kind: "number-rank-noun") + reading.cues(kind: "rank-noun")
        let ranked = counts ? [] : nouns.filter { $0.meaning != Flow.total.rawValue }
        let inNouns = counts ? nouns.map(\.range) : []
        let named = reading.cues(kind: "flow").filter { flow in !inNouns.contains { $0.overlaps(flow.range) } }
        let said = (named + ranked).map { (at: $0.range.lowerBound, flow: $0.meaning) } + endingNames
        return said.sorted { $0.at < $1.at }.compactMap { Flow(rawValue: $0.flow) }.uniqued()
    }

    /// The flow words that end an entity's name as written ("zero-tariff imports", "high-tech exports"): the
    /// name takes them, and they still say the flow.
    func flowsEndingNames(_ reading: TextReading) -> [(at: Int, flow: String)] {
        let words = reader.lexicon.phrases(kind: "flow")
        return reading.entities.compactMap { entity in
            let written = entity.text.lowercased()
            let word = words.first { word in
                let phrase = word.phrase.lowercased()
                return written.count > phrase.count && written.hasSuffix(phrase)
                    && (phrase.first?.isHan == true || written.dropLast(phrase.count).last == " ")
            }
            return word.map { (entity.range.upperBound, $0.meaning) }
        }
    }

    func interpret(_ question: String, reference: PeriodReference) -> Interpretation {
        let reading = reader.read(question, reference: reference)
        let named = Self.entityGroups(reading.entities.filter { $0.id != "china" })
        let strong = reading.cues(kind: "metric").map(\.meaning).uniqued()
        let weak = reading.cues(kind: "metric-weak").map(\.meaning).uniqued()
        let bases = Self.basePeriods(of: reading)
        let stated = numbers.numbers(in: reading.text)
        let amounts = Self.amounts(stated, reading: reading)
        let asksStreak = Self.asksStreak(reading, numbers: stated, metrics: strong)
        let money = amounts.filter(\.isMoney)
        let againstBase = !bases.isEmpty && !Self.isYearOnYear(bases: reading.periods.filter { bases.contains($0.range) },
                                                                periods: reading.periods.filter { !bases.contains($0.range) })
        let metrics = MetricChoice(named: strong, guessed: weak, reading: reading, asksStreak: asksStreak,
                                   againstBase: againstBase, statesAmount: !money.isEmpty).metrics
        let flows = Self.flows(of: reading, counts: metrics.first == "count", endingNames: flowsEndingNames(reading))
        let (entities, asksWorld) = withoutScope(named, metric: metrics.first, reading: reading)
        let stops = Set(reader.lexicon.phrases(kind: "stop").map { $0.phrase.lowercased() })
        let unknown = reading.unknownWords.filter { !stops.contains($0) }
        return Interpretation(
            entities: entities, flows: flows, metrics: metrics,
            metricIsGuessed: strong.isEmpty && !asksStreak,
            periods: Self.periods(of: reading, bases: bases, metric: metrics.first, reference: reference),
            countsPeriods: asksStreak,
            units: (reading.cues(kind: "number-unit") + reading.cues(kind: "unit")).map(\.meaning)
                .filter { !["percent", "pp"].contains($0) }.uniqued(),
            asksForReporter: !reading.cues(kind: "reporter").isEmpty || Self.ranksOwnList(reading), asksWorld: asksWorld,
            asksWhich: !reading.cues(kind: "which").isEmpty, whichLabels: whichLabels(of: reading),
            asksNow: !reading.cues(kind: "now").isEmpty,
            rank: reading.cues(kind: "number-rank").compactMap { Double($0.meaning) }.first, amounts: amounts,
            unknownWords: unknown.map { ($0, Self.suggestion(for: $0, among: reader.gazetteer.names)) },
            searchWords: Self.searchWords(unknown: unknown, reading: reading, bases: bases)
                + (MetricChoice.counts.contains(metrics.first ?? "") ? money.flatMap(Self.noteWords) + Self.rankNounWords(reading) : []))
    }
}
