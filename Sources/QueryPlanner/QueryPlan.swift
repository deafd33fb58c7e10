import GraphModel
import GraphStore
import QueryAST

/// A statement ready to run: per UNION part, operators in order over rows of a fixed layout.
public struct QueryPlan: Sendable {
    /// The parts joined by UNION.
    public var parts: [PartPlan]
    /// For each UNION, whether it keeps duplicates.
    public var unionAll: [Bool]
    /// The result's column names.
    public var columns: [String]
    /// Warnings for the user (capped `*`, unknown labels ...).
    public var warnings: [String]
    /// Whether the statement writes; writing statements run each clause to completion before the next
    /// (so that `MATCH (n) CREATE (m)` never matches what it creates).
    public var isUpdating: Bool
}

/// One query part: the operators and the row size they work on.
public struct PartPlan: Sendable {
    /// The operators in order; the first receives one empty row.
    public var operators: [PlanOperator]
    /// Slots per row.
    public var slotCount: Int
    /// The slots the final projection writes, one per column (empty for a part that returns nothing).
    public var resultSlots: [Int]
}

/// One step of a part.
public enum PlanOperator: Sendable {
    case match(MatchPlan)
    case unwind(list: Expression, slot: Int, scope: Scope)
    case projection(ProjectionPlan)
    case create(CreatePlan)
    case merge(MergePlan)
    case set(items: [SetItem], scope: Scope)
    case delete(DeleteClause, scope: Scope)
    case remove(items: [RemoveItem], scope: Scope)
}

/// How to find the matches of a MATCH clause (or of a pattern inside an expression): steps that bind slots
/// one after another, each filter placed right after the step that binds the last variable it reads.
public struct MatchPlan: Sendable {
    /// `OPTIONAL MATCH`.
    public var optional: Bool
    /// The steps in order.
    public var steps: [MatchStep]
    /// The slots this match binds, set to null when an optional match finds nothing.
    public var boundSlots: [Int]
    /// The variables visible inside the match (outer ones and the pattern's own).
    public var scope: Scope
}

/// One step of matching.
public enum MatchStep: Sendable {
    /// Every node, or every node with one of the labels of the first alternative group.
    case scan(slot: Int, label: String?)
    /// Nodes of a label whose property equals one of the values (one for `{key: value}` or `v.key = value`,
    /// the list's for `v.key IN [a, b]`), through the store's index.
    case seek(slot: Int, label: String?, key: String, values: [Expression])
    /// Checks labels and properties of a bound node.
    case nodeFilter(slot: Int, labels: [[String]], properties: [(key: String, value: Expression)])
    /// Follows relationships from a bound node.
    case expand(ExpandStep)
    /// The shortest path(s) between two bound nodes.
    case shortestPath(ShortestPathStep)
    /// A predicate.
    case filter(Expression)
    /// Builds a named path from the slots of its pattern, in pattern order.
    case bindPath(slot: Int, start: Int, segments: [PathSegment])
}

/// A relationship of a pattern followed from one bound node.
public struct ExpandStep: Sendable {
    /// The bound node to start from.
    public var from: Int
    /// The slot of the relationship (a list of relationships for variable length).
    public var relationship: Int
    /// The slot of the node reached.
    public var to: Int
    /// Whether `to` is bound already (then the step checks rather than binds).
    public var toIsBound: Bool
    /// Whether the relationship variable is bound already (then only that relationship is followed).
    public var relationshipIsBound: Bool
    /// Allowed types; empty means any.
    public var types: [String]
    /// Which way to follow relationships from `from`.
    public var direction: Adjacency
    /// Hops for variable length (`nil`: exactly one relationship).
    public var hops: ClosedRange<Int>?
    /// Whether the walk runs against the pattern's written order (the relationship list is then reversed).
    public var againstPatternOrder: Bool
    /// Properties the relationship(s) must have.
    public var properties: [(key: String, value: Expression)]
    /// Where the relationship is written, for errors and cancellation.
    public var location: SourceLocation
}

/// `shortestPath((a)-[*]-(b))` between two bound nodes.
public struct ShortestPathStep: Sendable {
    /// Start and end node slots.
    public var from: Int, to: Int
    /// The slot of the relationship list.
    public var relationship: Int
    /// Allowed types.
    public var types: [String]
    /// Direction from `from`.
    public var direction: Adjacency
    /// Hop bounds.
    public var hops: ClosedRange<Int>
    /// `allShortestPaths`.
    public var all: Bool
    /// Where the relationship is written.
    public var location: SourceLocation
}

/// One relationship of a named path and the node after it.
public struct PathSegment: Sendable {
    /// The relationship slot (a list for variable length).
    public var relationship: Int
    /// The node slot after it.
    public var node: Int
    /// Whether the slot holds a list of relationships.
    public var variableLength: Bool

    /// Creates a segment.
    public init(relationship: Int, node: Int, variableLength: Bool) {
        self.relationship = relationship
        self.node = node
        self.variableLength = variableLength
    }
}

/// `WITH` or `RETURN`.
public struct ProjectionPlan: Sendable {
    /// The projected items: name, expression, output slot.
    public var items: [(name: String, expression: Expression, slot: Int)]
    /// Whether any item aggregates (the others are then grouping keys).
    public var aggregates: Bool
    /// `DISTINCT`.
    public var distinct: Bool
    /// Sort keys.
    public var orderBy: [SortItem]
    /// `SKIP` and `LIMIT`.
    public var skip: Expression?, limit: Expression?
    /// `WHERE` after `WITH`, over the output scope.
    public var predicate: Expression?
    /// The scope the items are evaluated in.
    public var inputScope: Scope
    /// The scope after the projection.
    public var outputScope: Scope
    /// What ORDER BY and WITH's WHERE see: the projected names, and the variables before the projection unless it
    /// aggregates or is DISTINCT.
    public var visibleScope: Scope
}

/// `CREATE`.
public struct CreatePlan: Sendable {
    /// The patterns to create.
    public var patterns: [PatternPart]
    /// The scope, with slots for the pattern's new variables.
    public var scope: Scope
    /// The scope before the clause: its variables are bound and are not created again.
    public var inputScope: Scope
}

/// `MERGE`: match the whole pattern or create it.
public struct MergePlan: Sendable {
    /// How to match it.
    public var match: MatchPlan
    /// How to create it.
    public var create: CreatePlan
    /// `ON CREATE SET` and `ON MATCH SET`.
    public var onCreate: [SetItem], onMatch: [SetItem]
}
