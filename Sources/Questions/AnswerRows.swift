import GraphModel
import QueryExecutor

/// The answer's rows in the ranking's order, each with its score.
enum AnswerRows {
    /// The columns of an answer, as the contract for scripts names them.
    static let columns = ["id", "statement", "metric", "flow", "period", "value", "unit", "approx", "entities",
                          "source", "line", "speaker", "evidence", "note", "score"]

    /// The statement's rows ordered as ranked, a `score` column added (two decimals).
    static func ordered(_ result: (result: QueryResult, cypher: String), by ranked: [RankedFigure],
                        in catalog: FigureCatalog) -> QueryResult {
        var position: [String: (order: Int, score: Double)] = [:]
        for (order, figure) in ranked.enumerated() { position[catalog.figures[figure.index].id] = (order, figure.score) }
        let rows = result.result.rows
            .compactMap { row -> (Int, [Value])? in
                guard let id = row.first?.stringValue, let place = position[id] else { return nil }
                return (place.order, row + [.float((place.score * 100).rounded() / 100)])
            }
            .sorted { $0.0 < $1.0 }
            .map(\.1)
        return QueryResult(columns: result.result.columns + ["score"], rows: rows, warnings: result.result.warnings)
    }
}
