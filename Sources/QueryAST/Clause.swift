import GraphModel

/// One clause of a query. Each case carries its own value type so stages can pattern-match exhaustively.
public enum Clause: Sendable {
    case match(MatchClause)
    case unwind(UnwindClause)
    case with(ProjectionClause)
    case `return`(ProjectionClause)
    case create(CreateClause)
    case merge(MergeClause)
    case set(SetClause)
    case delete(DeleteClause)
    case remove(RemoveClause)
}

/// `[OPTIONAL] MATCH pattern, ... [WHERE expr]`.
public struct MatchClause: Sendable {
    /// `OPTIONAL MATCH`: rows with no match continue with nulls.
    public var optional: Bool
    /// The comma-separated patterns; they share variables.
    public var patterns: [PatternPart]
    /// The filter, applied while matching.
    public var predicate: Expression?
    /// Where the clause starts.
    public var location: SourceLocation
    /// Creates a MATCH clause.
    public init(optional: Bool, patterns: [PatternPart], predicate: Expression?, location: SourceLocation) {
        self.optional = optional
        self.patterns = patterns
        self.predicate = predicate
        self.location = location
    }
}

/// `UNWIND list AS variable`.
public struct UnwindClause: Sendable {
    /// The list to unwind.
    public var list: Expression
    /// The variable each element is bound to.
    public var variable: String
    /// Where the clause starts.
    public var location: SourceLocation
    /// Creates an UNWIND clause.
    public init(list: Expression, variable: String, location: SourceLocation) {
        self.list = list
        self.variable = variable
        self.location = location
    }
}

/// The shared shape of `WITH` and `RETURN`: what to project and how to order and cut the rows.
public struct ProjectionClause: Sendable {
    /// `DISTINCT`.
    public var distinct: Bool
    /// `*`: every variable in scope, before any listed items.
    public var includesAll: Bool
    /// The listed items.
    public var items: [ProjectionItem]
    /// `ORDER BY` keys, in priority order.
    public var orderBy: [SortItem]
    /// `SKIP`.
    public var skip: Expression?
    /// `LIMIT`.
    public var limit: Expression?
    /// `WHERE` after `WITH` (always `nil` for `RETURN`).
    public var predicate: Expression?
    /// Where the clause starts.
    public var location: SourceLocation

    /// Creates a projection.
    public init(distinct: Bool = false, includesAll: Bool = false, items: [ProjectionItem], orderBy: [SortItem] = [],
                skip: Expression? = nil, limit: Expression? = nil, predicate: Expression? = nil,
                location: SourceLocation) {
        self.distinct = distinct
        self.includesAll = includesAll
        self.items = items
        self.orderBy = orderBy
        self.skip = skip
        self.limit = limit
        self.predicate = predicate
        self.location = location
    }
}

/// `expr [AS alias]`.
public struct ProjectionItem: Sendable {
    /// The projected expression.
    public var expression: Expression
    /// The `AS` name, if given.
    public var alias: String?
    /// The column name: the alias, or else the expression's text exactly as written (openCypher's rule).
    public var name: String { alias ?? expression.text }
    /// Creates an item.
    public init(expression: Expression, alias: String?) {
        self.expression = expression
        self.alias = alias
    }
}

/// `expr [ASC|DESC]`.
public struct SortItem: Sendable {
    /// The sort key.
    public var expression: Expression
    /// `ASC` (the default) or `DESC`.
    public var ascending: Bool
    /// Creates a sort item.
    public init(expression: Expression, ascending: Bool) {
        self.expression = expression
        self.ascending = ascending
    }
}

/// `CREATE pattern, ...`.
public struct CreateClause: Sendable {
    /// The patterns to create; bound variables are reused, unbound ones created.
    public var patterns: [PatternPart]
    /// Where the clause starts.
    public var location: SourceLocation
    /// Creates a CREATE clause.
    public init(patterns: [PatternPart], location: SourceLocation) {
        self.patterns = patterns
        self.location = location
    }
}

/// `MERGE pattern [ON CREATE SET ...] [ON MATCH SET ...]`.
public struct MergeClause: Sendable {
    /// The pattern to find or create as a whole.
    public var pattern: PatternPart
    /// Assignments when the pattern was created.
    public var onCreate: [SetItem]
    /// Assignments when the pattern was found.
    public var onMatch: [SetItem]
    /// Where the clause starts.
    public var location: SourceLocation
    /// Creates a MERGE clause.
    public init(pattern: PatternPart, onCreate: [SetItem] = [], onMatch: [SetItem] = [], location: SourceLocation) {
        self.pattern = pattern
        self.onCreate = onCreate
        self.onMatch = onMatch
        self.location = location
    }
}

/// `SET item, ...`.
public struct SetClause: Sendable {
    /// The assignments in order.
    public var items: [SetItem]
    /// Where the clause starts.
    public var location: SourceLocation
    /// Creates a SET clause.
    public init(items: [SetItem], location: SourceLocation) {
        self.items = items
        self.location = location
    }
}

/// One assignment of `SET`.
public enum SetItem: Sendable {
    /// `target.key = value` (target is any expression evaluating to a node or relationship).
    case property(target: Expression, key: String, value: Expression)
    /// `variable = map` (replace all properties) or `variable += map` (merge).
    case properties(variable: String, value: Expression, merge: Bool)
    /// `variable:Label:Other`.
    case labels(variable: String, labels: [String])
}

/// `[DETACH] DELETE expr, ...`.
public struct DeleteClause: Sendable {
    /// `DETACH`: delete the relationships of deleted nodes too.
    public var detach: Bool
    /// What to delete: nodes, relationships or paths.
    public var targets: [Expression]
    /// Where the clause starts.
    public var location: SourceLocation
    /// Creates a DELETE clause.
    public init(detach: Bool, targets: [Expression], location: SourceLocation) {
        self.detach = detach
        self.targets = targets
        self.location = location
    }
}

/// `REMOVE item, ...`.
public struct RemoveClause: Sendable {
    /// What to remove.
    public var items: [RemoveItem]
    /// Where the clause starts.
    public var location: SourceLocation
    /// Creates a REMOVE clause.
    public init(items: [RemoveItem], location: SourceLocation) {
        self.items = items
        self.location = location
    }
}

/// One item of `REMOVE`.
public enum RemoveItem: Sendable {
    /// `target.key`.
    case property(target: Expression, key: String)
    /// `variable:Label`.
    case labels(variable: String, labels: [String])
}
