import GraphModel

/// One statement as typed: a query (possibly a UNION of several) with the text it came from, so that
/// column names and error messages can quote the user's own words.
public struct Statement: Sendable {
    /// The query parts joined by UNION; a statement without UNION has one part.
    public var parts: [SingleQuery]
    /// For each UNION between parts, whether it was `UNION ALL` (`unionAll.count == parts.count - 1`).
    public var unionAll: [Bool]
    /// `EXPLAIN` prefix: show the plan instead of running it.
    public var explain: Bool
    /// Where the statement starts.
    public var location: SourceLocation

    /// Creates a statement.
    public init(parts: [SingleQuery], unionAll: [Bool] = [], explain: Bool = false, location: SourceLocation) {
        self.parts = parts
        self.unionAll = unionAll
        self.explain = explain
        self.location = location
    }
}

/// A query without UNION: clauses run in order, each feeding rows to the next.
public struct SingleQuery: Sendable {
    /// The clauses in order.
    public var clauses: [Clause]
    /// Creates a single query.
    public init(clauses: [Clause]) { self.clauses = clauses }
}
