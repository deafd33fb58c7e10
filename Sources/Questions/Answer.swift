import QueryExecutor

/// The answer to a question: what was understood, the figures best first, and the openCypher statement that
/// returns exactly those figures, so the answer can be checked, edited and run again.
public struct Answer: Sendable {
    /// The question as asked.
    public let question: String
    /// What was understood.
    public let interpretation: Interpretation
    /// The figures, best first, with the columns `id`, `statement`, `metric`, `flow`, `period`, `value`,
    /// `unit`, `approx`, `entities`, `source`, `line`, `speaker`, `evidence`, `note`, `score`.
    public let figures: QueryResult
    /// The statement that returns these figures.
    public let cypher: String
    /// What is missing, when the best figures do not have every facet asked for ("no figure for 2025-Q3 ...").
    public let gaps: [String]
}
