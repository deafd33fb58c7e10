import GraphModel

/// What a statement produced: named columns and rows of values, plus what it changed and any warnings.
/// Nodes and relationships in rows are ids into the store the statement ran on; renderers look them up.
public struct QueryResult: Sendable {
    /// Column names: aliases, or the expressions' text as written.
    public var columns: [String]
    /// The rows, each with one value per column.
    public var rows: [[Value]]
    /// What a writing statement changed.
    public var changes: ChangeCounts
    /// Warnings to show the user (an unbounded `*` capped, an unknown label ...).
    public var warnings: [String]

    /// Creates a result.
    public init(columns: [String], rows: [[Value]], changes: ChangeCounts = ChangeCounts(), warnings: [String] = []) {
        self.columns = columns
        self.rows = rows
        self.changes = changes
        self.warnings = warnings
    }
}

/// Counts of what a statement changed, as cypher-shell reports them.
public struct ChangeCounts: Sendable, Equatable {
    /// Nodes created.
    public var nodesCreated = 0
    /// Nodes deleted.
    public var nodesDeleted = 0
    /// Relationships created.
    public var relationshipsCreated = 0
    /// Relationships deleted.
    public var relationshipsDeleted = 0
    /// Properties set (including removals by setting to null).
    public var propertiesSet = 0
    /// Labels added.
    public var labelsAdded = 0
    /// Labels removed.
    public var labelsRemoved = 0

    /// Creates empty counts.
    public init() {}

    /// Whether anything changed.
    public var isEmpty: Bool { self == ChangeCounts() }

    /// `Added 1 nodes, Set 2 properties` — the line cypher-shell prints after a write; empty when nothing changed.
    public var summary: String {
        [("Added", nodesCreated, "nodes"), ("Deleted", nodesDeleted, "nodes"),
         ("Created", relationshipsCreated, "relationships"), ("Deleted", relationshipsDeleted, "relationships"),
         ("Set", propertiesSet, "properties"), ("Added", labelsAdded, "labels"), ("Removed", labelsRemoved, "labels")]
            .filter { $0.1 > 0 }.map { "\($0.0) \($0.1) \($0.2)" }.joined(separator: ", ")
    }
}
