import GraphModel
import GraphStore
import QueryAST

/// Warnings that keep a newcomer from taking an empty answer for a fact: an equality on a name that no node
/// has, while a node has it as an alias, as its Chinese name, in another case, or under another label; and a
/// comparison of a text property with a number (or the reverse), which can never be true. Computed once per
/// plan from the statement and the graph, without running anything: a stage of its own beside the planner.
struct AnswerAdvisor {
    /// Warnings to show with every result of the statement (comparisons that can never be true).
    let always: [String]
    /// Warnings to show when the statement returns no row (the name that exists in another form).
    let whenEmpty: [String]

    init(statement: Statement, store: GraphStore) {
        let comparisons = LiteralComparison.all(in: statement)
        always = Self.unique(comparisons.compactMap { TypeMismatch(comparison: $0, store: store)?.message })
        whenEmpty = Self.unique(comparisons.compactMap { NameAdvice(comparison: $0, store: store)?.message })
    }

    private static func unique(_ messages: [String]) -> [String] {
        var seen: Set<String> = []
        return messages.filter { seen.insert($0).inserted }
    }
}
