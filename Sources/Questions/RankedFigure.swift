/// A figure with its score for a question, and whether it has every facet the question asked for.
struct RankedFigure: Sendable {
    let index: Int
    let score: Double
    /// The part of the score from the question's unexplained words.
    let textScore: Double
    /// Has every entity, flow, metric and period the question named.
    let matchesAll: Bool
}
