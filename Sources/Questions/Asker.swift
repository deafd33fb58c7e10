import Foundation
import GraphModel
import GraphStore
import QueryExecutor
import QueryLexer
import TradeText

/// Answers questions in plain English or Chinese from a session's graph: text → interpretation → ranked
/// figures → the openCypher statement that returns them → the executor. What it learns of the graph (names,
/// figures, word statistics) is built on the first question and again only after the graph changes.
public final class Asker {
    /// Questions longer than this are refused rather than read: a pasted document is no question.
    public static let maximumLength = 1_000
    /// Words that start an openCypher statement, so that one typed into `ask` is pointed back to the prompt.
    static let cypherKeywords: Set<String> = ["match", "optional", "return", "create", "merge", "with", "unwind", "call",
                                              "explain", "profile", "delete", "detach", "set"]

    private let engine: QueryEngine
    private let lexicon: Lexicon
    private let numbers: NumberReader
    private var prepared: PreparedGraph?

    /// An asker over the engine's graph; fails when the cue-word files cannot be read.
    public init(engine: QueryEngine) throws(QuestionError) {
        self.engine = engine
        do { lexicon = try Lexicon.bundled() } catch { throw .lexicon(error.description) }
        numbers = NumberReader(lexicon: lexicon)
    }

    /// What `question` is understood to ask, without answering it.
    public func interpret(_ question: String) throws(QuestionError) -> Interpretation {
        try check(question)
        let graph = prepare()
        return QuestionReader(reader: graph.reader, numbers: numbers).interpret(question, reference: graph.reference)
    }

    /// The best `limit` figures for `question`.
    public func ask(_ question: String, limit: Int = 5) throws(QuestionError) -> Answer {
        let interpretation = try interpret(question)
        let graph = prepare()
        let ranking = FigureRanker(catalog: graph.catalog, interpretation: interpretation,
                                   defaultYear: graph.reference.bareYear).best(max(0, limit))
        try checkUnderstood(interpretation, wordsFound: ranking.wordsFound)
        let best = ranking.figures
        let figures = best.map { graph.catalog.figures[$0.index] }
        let statement = AnswerStatement(store: engine.store, figures: figures, interpretation: interpretation)
        let result = try run(statement, expecting: figures.map(\.id))
        return Answer(question: question, interpretation: interpretation,
                      figures: AnswerRows.ordered(result, by: best, in: graph.catalog),
                      cypher: result.cypher, gaps: AnswerGaps(interpretation: interpretation, best: best,
                                                              catalog: graph.catalog).messages)
    }

    private func run(_ statement: AnswerStatement, expecting ids: [String]) throws(QuestionError) -> (result: QueryResult, cypher: String) {
        guard !ids.isEmpty else { return (QueryResult(columns: AnswerRows.columns, rows: []), statement.text(withIDs: true)) }
        do {
            let selected = try engine.run(statement.facetIDs).rows.compactMap { $0.first?.stringValue }
            let text = statement.text(withIDs: Set(selected) != Set(ids))
            return (try engine.run(text), text)
        } catch {
            throw .query(error.description)
        }
    }

    private func check(_ question: String) throws(QuestionError) {
        let trimmed = question.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .empty }
        guard trimmed.count <= Self.maximumLength else { throw .tooLong(characters: trimmed.count, limit: Self.maximumLength) }
        if let index = trimmed.firstIndex(where: { $0.unicodeScalars.contains { $0.properties.generalCategory == .control } }) {
            throw .controlCharacter(column: trimmed.distance(from: trimmed.startIndex, to: index) + 1)
        }
        let first = trimmed.prefix { $0.isLetter }.lowercased()
        let second = trimmed.dropFirst(first.count).first
        if Self.cypherKeywords.contains(first), second == " " || second == "(",
           Self.hasNodePattern(trimmed) || trimmed.lowercased().hasPrefix("return ") {
            throw .looksLikeCypher(keyword: first.uppercased())
        }
    }

    /// A node pattern — `(n)`, `(m:Measurement`, `(:Partner`, `(p {` — as opposed to words in brackets: "With
    /// small-batch production, how long do orders take (as of April 2025)?" is a question. Read with the query
    /// lexer; text it cannot read ("Match China's exports", an open quotation mark) is no query.
    static func hasNodePattern(_ text: String) -> Bool {
        guard let tokens = try? Lexer.tokens(in: text) else { return false }
        let closers: [TokenKind] = [.symbol(.colon), .symbol(.rightParen), .symbol(.leftBrace)]
        return tokens.indices.dropLast().contains { index in
            guard tokens[index].kind == .symbol(.leftParen) else { return false }
            var next = index + 1
            if case .identifier = tokens[next].kind, next + 1 < tokens.count { next += 1 }
            return closers.contains(tokens[next].kind)
        }
    }

    /// Refuses a question of which nothing was understood, or only a metric word while its other words are
    /// written in a third language (letters neither English nor Chinese): "Quel était le volume ...".
    /// A question whose words occur in some figure's evidence or note is answered from them even when no
    /// facet was recognised ("population"): the search is what a user would try next.
    private func checkUnderstood(_ interpretation: Interpretation, wordsFound: Bool) throws(QuestionError) {
        let foreign = interpretation.unknownWords.contains { $0.word.contains { !$0.isASCII && $0.isLetter && !$0.isHan } }
        let anchored = !interpretation.entities.isEmpty || !interpretation.flows.isEmpty || !interpretation.periods.isEmpty
        if foreign && !anchored { throw notUnderstood(interpretation) }
        guard interpretation.isEmpty, !wordsFound else { return }
        throw notUnderstood(interpretation)
    }

    private func notUnderstood(_ interpretation: Interpretation) -> QuestionError {
        if interpretation.unknownWords.isEmpty { return .onlyStopWords }
        return .notUnderstood(words: interpretation.unknownWords.map(\.word),
                              suggestions: interpretation.unknownWords.compactMap(\.suggestion).uniqued())
    }

    private func prepare() -> PreparedGraph {
        if let prepared, prepared.describes(engine.store) { return prepared }
        let graph = PreparedGraph(store: engine.store, lexicon: lexicon)
        prepared = graph
        return graph
    }
}

