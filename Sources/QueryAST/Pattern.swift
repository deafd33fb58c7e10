import GraphModel

/// One comma-separated part of a pattern, optionally named (`p = ...`) or wrapped in a shortest-path function.
public struct PatternPart: Sendable {
    /// The path variable of `p = (a)-->(b)`.
    public var pathVariable: String?
    /// `shortestPath(...)` or `allShortestPaths(...)`, if the element was wrapped in one.
    public var shortest: ShortestPathKind?
    /// The chain of nodes and relationships.
    public var element: PatternElement
    /// Creates a pattern part.
    public init(pathVariable: String? = nil, shortest: ShortestPathKind? = nil, element: PatternElement) {
        self.pathVariable = pathVariable
        self.shortest = shortest
        self.element = element
    }
}

/// Which shortest-path function wraps a pattern.
public enum ShortestPathKind: Sendable, Equatable {
    /// `shortestPath(...)`: one shortest path per pair of end points.
    case one
    /// `allShortestPaths(...)`: every path of the shortest length.
    case all
}

/// `(a)-[r]->(b)<-[s]-(c)`: a start node and the steps that follow it.
public struct PatternElement: Sendable {
    /// The first node.
    public var start: NodePattern
    /// Each relationship with the node it leads to.
    public var steps: [PatternStep]
    /// Creates an element.
    public init(start: NodePattern, steps: [PatternStep] = []) {
        self.start = start
        self.steps = steps
    }
}

/// A relationship and the node at its far end.
public struct PatternStep: Sendable {
    /// The relationship.
    public var relationship: RelationshipPattern
    /// The node it leads to.
    public var node: NodePattern
    /// Creates a step.
    public init(relationship: RelationshipPattern, node: NodePattern) {
        self.relationship = relationship
        self.node = node
    }
}

/// `(variable:Label|Other:Third {key: value})`.
public struct NodePattern: Sendable {
    /// The variable, if named.
    public var variable: String?
    /// Labels as a conjunction of alternatives: `:A:B` is `[["A"], ["B"]]`, `:A|B` is `[["A", "B"]]`.
    public var labels: [[String]]
    /// The property map (a map literal or a parameter), if given.
    public var properties: Expression?
    /// Where the pattern starts.
    public var location: SourceLocation
    /// Creates a node pattern.
    public init(variable: String? = nil, labels: [[String]] = [], properties: Expression? = nil,
                location: SourceLocation) {
        self.variable = variable
        self.labels = labels
        self.properties = properties
        self.location = location
    }
}

/// `-[variable:TYPE|OTHER*1..3 {key: value}]->`.
public struct RelationshipPattern: Sendable {
    /// The variable, if named. For a variable-length pattern it is bound to the list of relationships.
    public var variable: String?
    /// Alternative types; empty means any type.
    public var types: [String]
    /// Which way the arrow points.
    public var direction: Direction
    /// The hop range of a variable-length relationship; `nil` for exactly one hop.
    public var length: HopRange?
    /// The property map, if given.
    public var properties: Expression?
    /// Where the pattern starts.
    public var location: SourceLocation
    /// Creates a relationship pattern.
    public init(variable: String? = nil, types: [String] = [], direction: Direction, length: HopRange? = nil,
                properties: Expression? = nil, location: SourceLocation) {
        self.variable = variable
        self.types = types
        self.direction = direction
        self.length = length
        self.properties = properties
        self.location = location
    }
}

/// The direction of a relationship pattern, read from left to right.
public enum Direction: Sendable, Equatable {
    /// `-->`.
    case outgoing
    /// `<--`.
    case incoming
    /// `--` (or `<-->`): either way.
    case either
}

/// `*`, `*2`, `*1..3`, `*..4`, `*2..`: bounds of a variable-length relationship; `nil` bounds are open.
public struct HopRange: Sendable, Equatable {
    /// The least number of hops; `nil` means 1.
    public var minimum: Int?
    /// The most hops; `nil` means unbounded (capped by the engine's documented default).
    public var maximum: Int?
    /// Creates a hop range.
    public init(minimum: Int?, maximum: Int?) {
        self.minimum = minimum
        self.maximum = maximum
    }
}
