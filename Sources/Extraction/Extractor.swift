import Foundation
import GraphModel
import GraphStore
import TradeText

/// Drafts every figure of a document as rows for review, read against the entities of a graph.
public struct Extractor {
    let reader: TradeTextReader
    let numbers: NumberReader
    let cues: BindingCues

    /// An extractor with the bundled cue words and the names of `store`.
    public init(store: GraphStore) throws(LexiconError) {
        let lexicon = try Lexicon.bundled()
        reader = TradeTextReader(lexicon: lexicon, gazetteer: Gazetteer(store: store, lexicon: lexicon))
        numbers = NumberReader(lexicon: lexicon)
        cues = BindingCues(lexicon: lexicon, store: store)
    }

    /// The draft of `text` for `request`.
    public func extract(_ text: SourceText, request: ExtractionRequest) -> Draft {
        let language = request.language ?? DocumentLanguage.guess(text.lines)
        let layout = DocumentLayout(lines: text.lines, language: language, gazetteer: reader.gazetteer)
        let documentPeriod = self.documentPeriod(text.lines, date: request.date)
        let currentYear = Self.year(of: request.date) ?? Self.yearOfPublication(documentPeriod.period)
        let reference = PeriodReference(currentYear: currentYear, bareYear: documentPeriod.year,
                                        basis: request.date.map { "the document's date \($0)" } ?? "the document's own period",
                                        date: publicationDay(text.lines, date: request.date, year: currentYear))
        var draft = Draft(request: request, language: language, speakers: layout.speakers)
        var turn = Turn()
        var article: ArticleLead?
        var headlines: Set<Int> = []
        var asked: Period?
        var listFlow: String?
        var currencies = Currencies()
        for (index, statement) in layout.statements.enumerated() {
            let opensTurn = index == 0 || statement.speaker?.id != turn.speaker
            if opensTurn {
                let question = turn.speaker == nil ? turn.memory.names : TurnMemory()
                turn = Turn(speaker: statement.speaker?.id)
                if statement.speaker != nil { (turn.asked, turn.memory, asked) = (asked, question, nil) }
            }
            if statement.speaker == nil { asked = askedPeriod(statement.text, reference: reference) ?? asked }
            var context = SentenceContext.paragraph(period: documentPeriod.period, stated: documentPeriod.stated,
                                                    turn: turn.memory, opensTurn: opensTurn)
            if let asked = turn.asked, context.periodIsTheDocument {
                // "请介绍一下一季度广东的外贸情况。" — "广东外贸进出口增长4.4%": an answer is about the period the question asked,
                // which stands in for the document's own (a standing fact in it is still the year's).
                context.period = (asked, "period: the question asked about \(asked)")
            }
            context.publicationDay = reference.date.flatMap { try? Period(parsing: $0.description) }
            if statement.speaker == nil {
                if Self.isHeadline(statement.text) { headlines.insert(statement.line) }
                article = articleLead(after: article, paragraph: statement.text, reference: reference)
                if let period = article?.period { (context.period, context.periodIsTheDocument) = (period, false) }
                if let policy = article?.policy { context.topic["policy"] = policy }
            }
            // "- Wind turbines: exports up 43.2% ..." then "- Lithium-ion batteries: up 18.8% ...": an item of a list
            // that names no flow has the flow of the item before.
            if statement.isListItem { context.listFlow = listFlow }
            context.currencies = currencies
            let drafted = draft.figures.count
            let last = read(statement, reference: reference, context: context, into: &draft)
            (turn.memory, currencies) = (last.turn, last.currencies)
            if statement.speaker == nil, draft.figures.count == drafted, !last.periodIsTheDocument,
               SentenceContext.isSpanOfDays(last.period.period) {
                // "The figures below cover the first weeks, from 18 December 2025 to 10 January 2026.": a paragraph
                // without figures that dates a span of days dates the rest of its section.
                article = ArticleLead(period: last.period, policy: article?.policy)
            }
            listFlow = statement.isListItem ? draft.figures[drafted...].last(where: { $0.flow != nil })?.flow ?? listFlow : nil
        }
        draft.dropRestated(headlines: headlines)
        return draft
    }

    /// Whose turn it is, what it keeps from paragraph to paragraph, and the period the question before it asked about.
    private struct Turn {
        var speaker: String?
        var memory = TurnMemory()
        var asked: Period?
    }

    /// The last period a paragraph without a known speaker (a media outlet's question, a title) names, other than a
    /// day, the base of a comparison or a period not over by the publication day ("this year's outlook"): what the
    /// next speaker's answer is about where it names none (a question asks last what it asks: "下半年以来……您对全年进口
    /// 有何评价").
    private func askedPeriod(_ text: String, reference: PeriodReference) -> Period? {
        let reading = reader.read(text, reference: reference)
        let since = reading.cues(kind: "since").map(\.range)
        return cues.periodChoice.candidates(reading).last { mention in
            // "下半年以来", "since the second half": what has been going on, not what the question asks about.
            !since.contains { $0.lowerBound - mention.range.upperBound <= 2 && mention.range.lowerBound - $0.upperBound <= 5 }
                && mention.period.firstDay != mention.period.lastDay
                && reference.date.map { mention.period.lastDay < $0 } != false
        }?.period
    }

    /// Reads one paragraph's sentences in order, each with what the ones before left; returns what the last
    /// left, of which the rest of the turn keeps its `TurnMemory`.
    private func read(_ statement: DocumentLayout.Statement, reference: PeriodReference, context start: SentenceContext,
                      into draft: inout Draft) -> SentenceContext {
        var context = start
        let chinese = statement.chinese.map { numbers.numbers(in: $0).filter(\.isFigure) } ?? []
        for piece in pieces(of: statement, reference: reference) {
            // The cells of a table's row are read each from the row's start, not from the cell before.
            if statement.tableRow != nil { context = start.keepingMemory(of: context) }
            let (sentence, range) = (piece.text, piece.range)
            let reading = reader.read(sentence, reference: reference).dropping("flow", inside: "extract-no-flow")
            let binder = FigureBinder(reading: reading, numbers: numbers.numbers(in: reading.text), context: context,
                                      cues: cues)
            let (line, lineBreak) = Self.lines(of: range, in: statement)
            var (figures, skipped, unknown) = binder.bind(line: line, speaker: statement.speaker?.id, lineBreak: lineBreak)
            if !chinese.isEmpty { figures = figures.map { ChinesePrevails.check($0, against: chinese) } }
            if let evidence = piece.evidence { for index in figures.indices { figures[index].evidence = evidence } }
            draft.add(figures)
            draft.skipped += skipped.map { number, reason in
                (reason, lineBreak?.line(at: number.range.lowerBound, otherwise: line) ?? line, String(Array(sentence)[number.range]))
            }
            draft.unlinked += UnlinkedNames.find(in: reading, line: line) + unknown.map { UnlinkedName(text: $0, line: line) }
            context.update(after: reading, named: binder.entities, figures: figures, periods: binder.periods)
        }
        return context
    }

    /// The line a sentence starts on, and where in it a page break moves it to the next (`PageBreaks`).
    private static func lines(of sentence: Range<Int>, in statement: DocumentLayout.Statement) -> (Int, LineBreak?) {
        guard let next = statement.continuation, next.offset < sentence.upperBound else { return (statement.line, nil) }
        guard next.offset > sentence.lowerBound else { return (next.line, nil) }
        return (statement.line, LineBreak(offset: next.offset - sentence.lowerBound, line: next.line))
    }

    /// The day the document was published: its date, else the day of its first dateline ("本报北京1月16日电") in
    /// the year it was published.
    private func publicationDay(_ lines: [String], date: String?, year: Int) -> CalendarDay? {
        if let date, let period = try? Period(parsing: date), case .day(let day) = period.from { return day }
        let reference = PeriodReference(currentYear: year, bareYear: year, basis: "the dateline")
        for line in lines {
            guard let dateline = Dateline.range(in: line) else { continue }
            let written = reader.read(String(Array(line)[dateline]), reference: reference).periods.map(\.period)
            if let day = written.first(where: { $0.firstDay == $0.lastDay })?.firstDay { return day }
        }
        return nil
    }

    /// The period the document reports on: the first its opening lines name that is not a single day (the
    /// publication date) and was over by the publication day, else the latest reporting period that ended before its
    /// date (`lastReported`), else the latest year its opening lines write, else this calendar year; `stated` says
    /// whether the opening lines named it.
    private func documentPeriod(_ lines: [String], date: String?) -> (period: Period, year: Int, stated: Bool) {
        let written = lines.prefix(20).compactMap { Self.latestYear(in: $0) }.max()
        let year = Self.year(of: date) ?? written ?? Calendar(identifier: .gregorian).component(.year, from: Date())
        let day = date.flatMap { try? Period(parsing: $0) }.flatMap { $0.firstDay == $0.lastDay ? $0.firstDay : nil }
        let reference = PeriodReference(currentYear: year, bareYear: year, basis: "the document's date", date: day)
        for line in lines.prefix(20) where !line.isEmpty {
            // Not the base of a comparison: "a rise of 4.7% on 2024" says nothing of the document's period.
            // Nor a period not over by the publication day ("China Trade Outlook 2026" of 21 January 2026).
            let periods = cues.periodChoice.candidates(reader.read(line, reference: reference)).map(\.period)
                .filter { period in day.map { period.lastDay < $0 } ?? true }
            if let period = periods.first(where: { $0.firstDay != $0.lastDay }) {
                return (period, period.lastDay.year, true)
            }
        }
        if let day, let reported = Self.lastReported(before: day) { return (reported, reported.lastDay.year, false) }
        let whole = (try? Period(parsing: String(format: "%04d", min(max(year, 1), 9999)))) ?? periodOfTheYear2000
        return (whole, year, false)
    }

    /// The periods customs statistics are published for, each some days after it ends: the first quarter, the
    /// first half, the first three quarters and the year.
    static let reportingPeriods = ["%04d-Q1", "%04d-H1", "%04d-01/%04d-09", "%04d"]

    /// The latest reporting period that ended before `day`: a briefing of 14 January 2026 that names no period
    /// reports on 2025, one of 14 April 2025 on its first quarter.
    static func lastReported(before day: CalendarDay) -> Period? {
        [day.year - 1, day.year].flatMap { year in
            reportingPeriods.compactMap { try? Period(parsing: String(format: $0, year, year)) }
        }.filter { $0.lastDay < day }.max { $0.lastDay < $1.lastDay }
    }

    /// A year that always parses, for the impossible case that a clamped year does not.
    private var periodOfTheYear2000: Period { try! Period(parsing: "2000") }

    /// The latest four-digit year from 1900 to 2099 written in `line`.
    static func latestYear(in line: String) -> Int? {
        line.split { !$0.isNumber }.compactMap { $0.count == 4 ? Int($0) : nil }.filter { (1900...2099).contains($0) }.max()
    }

    /// Without a date, a report on a whole year appears in the next ("last year" in a recap of 2025 is 2025),
    /// a report on part of a year in the same year.
    static func yearOfPublication(_ period: Period) -> Int {
        let last = period.lastDay.description
        let year = Int(last.prefix(4)) ?? 0
        return last.hasSuffix("-12-31") ? year + 1 : year
    }

    static func year(of date: String?) -> Int? {
        date.flatMap { Int($0.prefix(4)) }
    }
}
