import GraphModel
import QueryPlanner

/// Plans of statements run before, by their text and where the text starts, so that a statement run again
/// (a benchmark, a shell loop, an application's point lookup) skips parsing and planning — most of Q1's
/// 0.13 ms. A plan is used only at the store version it was made at: any write may change what the planner
/// would choose (counts, known labels and keys, warnings).
final class PlanCache {
    /// The entries kept; the cache is emptied when full, a bound rather than an eviction policy.
    static let capacity = 256

    struct Entry {
        let plan: QueryPlan
        let explain: Bool
        let version: Int
        /// Warnings about conditions that cannot find what they look for.
        let advice: AnswerAdvisor
    }

    private var entries: [Key: Entry] = [:]

    private struct Key: Hashable {
        let text: String
        let origin: SourceLocation
    }

    /// The plan cached for the statement at this store version.
    func entry(_ text: String, origin: SourceLocation, version: Int) -> Entry? {
        guard let entry = entries[Key(text: text, origin: origin)], entry.version == version else { return nil }
        return entry
    }

    func store(_ entry: Entry, for text: String, origin: SourceLocation) {
        if entries.count >= Self.capacity { entries.removeAll() }
        entries[Key(text: text, origin: origin)] = entry
    }

    /// Forgets every plan (another store: its versions count from zero too).
    func clear() { entries.removeAll() }
}
