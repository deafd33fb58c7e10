import GraphModel
import TradeText

/// What the sentences read so far leave for the next one: a sentence that names no period, flow or entity
/// takes it from here. Paragraphs (lines) and turns bound how far each reaches.
struct SentenceContext {
    /// Dimension columns that a paragraph keeps once it names them: a paragraph about private enterprises or
    /// about a province states its figures of that subject without repeating it; partners and products change
    /// from clause to clause and are not kept.
    static let topicColumns: Set<String> = ["enterprise", "region"]
    /// How far into a sentence without figures a period may start and still set the period of the sentences
    /// after it: "In the first quarter, ..." does; "matches the total for an entire quarter in 2024" does not.
    /// A sentence with figures passes on the last period its figures took, not one it names in passing ("the
    /// highest level in the past three years"); a span of days dated in full sets it from anywhere.
    static let openingReach = 16

    /// The period a sentence without one falls back on, and why.
    var period: (period: Period, note: String?)
    /// Whether that period is the document's own, no sentence of the paragraph having named one.
    var periodIsTheDocument = true
    /// The flow of the sentences before on the same line: the first a sentence names, its subject's ("First-quarter
    /// trade had grown 1.3%, and imports were down 6%. By July the half-year figures were in: 21.79 trillion yuan").
    var flow: String?
    /// The flow of the list item before, for an item of a bulleted list that names none.
    var listFlow: String?
    /// The dimensions of the last figure, which a sentence opening with "This", "Among them", 其中 keeps.
    var inherited: [String: String] = [:]
    /// Per topic column, the entity the paragraph named last.
    var topic: [String: String] = [:]
    /// What the speaker's turn named, dated and opened on in the paragraphs before (`TurnMemory`).
    var turn = TurnMemory()
    /// Per column, the entities the sentence before named, in order, each once: the list "these two regions"
    /// points back to (`ListAnaphora`).
    var previousNamed: [String: [String]] = [:]
    /// Per column, the one product (or the channel as subject) the sentence before named without stating a figure
    /// ("the export scale of homegrown brands has increased year by year"): a next sentence that names nothing
    /// states its figures ("In the first quarter, exports grew by 10.2%").
    var namedWithoutFigures: [String: String] = [:]
    /// What the last figure of the sentences before counted, and its flow, where it was a count: "Among them,
    /// 14 ..." counts it.
    var counted: (unit: Unit, flow: String?, value: Double)?
    /// The currencies of the document's amounts so far, the usual one of which an amount that names none is in
    /// ("26.99 trillion").
    var currencies = Currencies()
    /// Whether no sentence of the paragraph has been read yet.
    var opening = true
    /// Whether the paragraph opens the speaker's turn.
    var opensTurn = false
    /// Whether the sentence before named an organisation such as the WTO, whose statistics "according to the
    /// report" in the next one cites.
    var organisationBefore = false

    /// Whether the document's opening lines name its period (else it came from its date or a year it writes).
    var documentPeriodStated = true
    /// The document's period, which a figure compared with a base year holds for (`FigureBinder.period(for:)`).
    var documentPeriod: Period
    /// The day the document was published, when known: what "to date" runs to.
    var publicationDay: Period?

    /// The context at the start of a paragraph: the document's period, and what the turn named and dated; the
    /// policy and place the turn opened on ("it will be one month since the Hainan FTP launched island-wide special
    /// customs operations") are what its figures measure unless they name others.
    static func paragraph(period: Period, stated: Bool, turn: TurnMemory, opensTurn: Bool) -> SentenceContext {
        var context = SentenceContext(period: (period, "period from the document: \(period)"), turn: turn,
                                      documentPeriodStated: stated, documentPeriod: period)
        context.opensTurn = opensTurn
        context.topic["policy"] = turn.policy
        context.topic["region"] = turn.place
        return context
    }

    /// This context, with what the turn and the document keep from a later one: where a table's next cell starts,
    /// from its row's start and not from the cell before.
    func keepingMemory(of later: SentenceContext) -> SentenceContext {
        var kept = self
        (kept.turn, kept.currencies) = (later.turn, later.currencies)
        return kept
    }

    /// The policy a turn's opening sentence names together with a region, and the region: the turn is about that
    /// policy there.
    static func policyOfPlace(among named: [EntityMention]) -> (policy: String, place: String)? {
        guard let place = named.first(where: { DimensionColumn.byLabel[$0.label] == "region" }),
              let policy = named.first(where: { DimensionColumn.byLabel[$0.label] == "policy" }) else { return nil }
        return (policy.id, place.id)
    }

    /// Sets the policy of the turn from its opening sentence, and of a paragraph from the policy its opening
    /// sentence, without figures, has as its subject in a turn about a policy ("Third, offshore duty-free shopping
    /// continues to gain momentum."); any sentence without figures that names a policy with a region ("Zoom in:
    /// Hainan launched island-wide special customs operations on Dec. 18.") sets the paragraph's.
    private mutating func updatePolicy(named: [EntityMention], figures: [DraftFigure], text: [Character]) {
        if figures.isEmpty, !opening || !opensTurn, let (policy, _) = Self.policyOfPlace(among: named) {
            // "Let me turn to a launch. On 18 December, the Hainan Free Trade Port started island-wide special customs
            // operations.": a sentence without figures anywhere in the paragraph.
            topic["policy"] = policy
            return
        }
        guard opening else { return }
        if opensTurn, let (policy, place) = Self.policyOfPlace(among: named) {
            (turn.policy, turn.place) = (policy, place)
            topic["policy"] = policy
        } else if turn.policy != nil, figures.isEmpty, let subject = named.first(where: {
            DimensionColumn.byLabel[$0.label] == "policy" && Self.opensClause($0, in: text)
        }) {
            topic["policy"] = subject.id
        }
    }

    /// The one partner other than China that names China beside it, if the names are just the two.
    static func counterpart(among named: [EntityMention]) -> String? {
        let partners = Set(named.filter { DimensionColumn.byLabel[$0.label] == "partner" || $0.id == ForeignStatistics.china }
            .map(\.id))
        guard partners.count == 2, partners.contains(ForeignStatistics.china) else { return nil }
        return partners.first { $0 != ForeignStatistics.china }
    }

    /// Whether a period runs from one day to another: a span the text dated in full.
    static func isSpanOfDays(_ period: Period) -> Bool {
        guard case .day = period.from, case .day? = period.to else { return false }
        return true
    }

    /// Whether a name opens its clause, as its subject does ("Major foreign-trade provinces have solid
    /// foundations", ", private enterprises led"): a sentence without figures makes only its subject the
    /// paragraph's topic, not a name in passing ("transport in China's central and western regions improved"); a dash
    /// opens a clause too ("10:17 — Private firms did much of the lifting").
    static func opensClause(_ mention: EntityMention, in text: [Character]) -> Bool {
        var start = mention.range.lowerBound
        while start > 0, text[start - 1] == " " { start -= 1 }
        let article = Array("the")
        if start >= article.count, Array(text[(start - article.count)..<start]) == article,
           start == article.count || !text[start - article.count - 1].isLetter {
            start -= article.count
            while start > 0, text[start - 1] == " " { start -= 1 }
        }
        guard start > 0 else { return true }
        // Dashes fold to "-"; one standing apart is a dash, not a hyphen.
        let dash = text[start - 1] == "-" && (start < 2 || text[start - 2] == " ")
        return dash || ",，;；:：".contains(text[start - 1])
    }

    /// The entity of `column` if the names are of just one.
    static func single(of column: String, among named: [EntityMention]) -> [String: String] {
        let ids = Set(named.filter { DimensionColumn.byLabel[$0.label] == column }.map(\.id))
        guard ids.count == 1, let id = ids.first else { return [:] }
        return [column: id]
    }

    /// The channel a sentence has as its subject ("The Hong Kong-Zhuhai-Macao Bridge has fully leveraged its role",
    /// 港珠澳大桥充分发挥了……作用): the paragraph turns from its region to that channel, which a next sentence that names
    /// nothing measures ("Imports and exports via the bridge's port reached ...").
    static func channelSubject(among named: [EntityMention], in text: [Character]) -> String? {
        named.first { DimensionColumn.byLabel[$0.label] == "channel" && opensClause($0, in: text) }?.id
    }

    /// Whether a sentence's figures of an enterprise type all count its enterprises ("the number of registered
    /// overseas enterprises increased by 83,000"): the enterprises are what it counts, not the subject of the
    /// paragraph's next figures, which take them only by pointing back ("Their total trade reached ...").
    static func isCounted(_ id: String, column: String, by figures: [DraftFigure]) -> Bool {
        let own = figures.filter { $0.dimensions[column] == id }
        return column == "enterprise" && !own.isEmpty && own.allSatisfy { $0.unit == .enterprises }
    }

    /// Takes in what a sentence named and the figures it stated.
    /// `named` are the sentence's entities that can be dimensions (not those of an aside or a dateline).
    mutating func update(after reading: TextReading, named: [EntityMention], figures: [DraftFigure], periods: [PeriodMention]) {
        // "These price factors lowered import growth": after figures of several names of a column, a sentence
        // pointing back points to them together, not to the last one.
        if var last = figures.last?.dimensions {
            for column in last.keys where Set(figures.compactMap { $0.dimensions[column] }).count > 1 { last[column] = nil }
            inherited = last
        }
        if let last = figures.last { counted = last.unit.isCounted ? (last.unit, last.flow, last.value) : nil }
        for figure in figures { currencies.count(figure.unit) }
        organisationBefore = reading.entities.contains { $0.label == "Organization" }
        previousNamed = [:]
        namedWithoutFigures = figures.isEmpty ? Self.single(of: "product", among: named) : [:]
        // "ASEAN is bigger again. That's 7.55 trillion yuan of trade": a partner a sentence without figures opens on.
        if figures.isEmpty, let subject = named.first(where: { DimensionColumn.byLabel[$0.label] == "partner" }),
           Self.opensClause(subject, in: reading.text.folded) {
            namedWithoutFigures["partner"] = subject.id
        }
        if let channel = Self.channelSubject(among: named, in: reading.text.folded) {
            topic["region"] = nil
            if figures.isEmpty { namedWithoutFigures["channel"] = channel }
        }
        turn.nameTogether(Dictionary(grouping: named.compactMap { mention in
            DimensionColumn.byLabel[mention.label].map { (column: $0, id: mention.id) }
        }, by: \.column).mapValues { Set($0.map(\.id)) })
        for mention in named {
            guard let column = DimensionColumn.byLabel[mention.label] else { continue }
            if previousNamed[column]?.contains(mention.id) != true { previousNamed[column, default: []].append(mention.id) }
            turn.name(mention, column: column)
            if Self.topicColumns.contains(column), !figures.isEmpty || Self.opensClause(mention, in: reading.text.folded),
               !Self.isCounted(mention.id, column: column, by: figures) {
                topic[column] = mention.id
            }
        }
        // "China and Latin American countries have forged close links ...": a paragraph that opens on China and
        // one partner, with no figure, is about that partner.
        if opening, figures.isEmpty, let partner = Self.counterpart(among: named) { topic["partner"] = partner }
        updatePolicy(named: named, figures: figures, text: reading.text.folded)
        opening = false
        let used = Set(figures.map(\.period))
        // A span of days a sentence without figures dates is its setting wherever it stands ("Let me give you a few
        // numbers from the first weeks, from Dec. 18 to Jan. 10.").
        let kept = figures.isEmpty ? periods.filter { $0.range.lowerBound <= Self.openingReach || Self.isSpanOfDays($0.period) }
            : periods.filter { used.contains($0.period.description) }
        if let last = kept.last {
            period = (last.period, last.inference.map { "period: \($0)" })
            periodIsTheDocument = false
            if Self.isSpanOfDays(last.period) { turn.span = period }
        } else if let dated = figures.last(where: { figure in (try? Period(parsing: figure.period)).map(Self.isSpanOfDays) == true }),
                  let span = try? Period(parsing: dated.period) {
            // "自封关后截至本月上旬，...4709家", "封关以来截至本月上旬": figures that took a span of days no period word of the
            // sentence wrote (the turn's, restated; one from the day the event began) pass it on ("同期").
            period = (span, dated.notes.first { $0.hasPrefix("period:") })
            periodIsTheDocument = false
            turn.span = period
        }
        flow = reading.cues(kind: "flow").first?.meaning ?? flow
        if !periodIsTheDocument { turn.period = period.period }
        if let flow { turn.flow = flow }
    }
}
