/// How a subgraph is drawn. The defaults suit the trade graph: hierarchies left to right, measurements as
/// their own small nodes, and a cap that stops a picture before it becomes an unreadable hairball.
public struct DOTOptions: Sendable, Equatable {
    /// Graphviz's `rankdir`: the way edges point.
    public enum Direction: String, Sendable, CaseIterable {
        /// Top to bottom (`TB`), Graphviz's own default.
        case topToBottom = "TB"
        /// Left to right (`LR`).
        case leftToRight = "LR"
        /// Bottom to top (`BT`).
        case bottomToTop = "BT"
        /// Right to left (`RL`).
        case rightToLeft = "RL"
    }

    /// The node count above which drawing refuses, unless a caller sets another.
    public static let defaultMaxNodes = 300

    /// The layout direction. Left to right by default: the graph's edges point from part to whole
    /// (`PART_OF`, `MEMBER_OF`, a measurement to what it measures), so parts and figures sit on the left,
    /// wholes on the right, and each edge reads in reading order ("Germany MEMBER_OF European Union").
    /// Labels are wider than tall, so stacking the dozens of children of a hub vertically keeps the picture
    /// compact, where top to bottom or bottom to top would spread them over one very wide row.
    public var direction: Direction
    /// Draw each measurement as an edge label between the two entities it is about, or as a line in the
    /// label of the one entity it is about, instead of as a node of its own.
    public var foldMeasurements: Bool
    /// Draw the nodes of each label inside a box named after the label.
    public var clusterByLabel: Bool
    /// The most nodes a picture may have; more is an error that says how to narrow the subgraph.
    public var maxNodes: Int
    /// How figures are grouped once a picture holds more than `groupAbove` of them; `nil` never groups
    /// (`foldMeasurements` still folds). `:export dot --around` groups by entity unless told otherwise.
    public var grouping: FigureGrouping?
    /// The number of figures a picture shows as nodes of their own before `grouping` applies.
    public var groupAbove: Int

    /// The figures shown one by one before a neighbourhood groups them: about a screen's height of labels.
    public static let defaultGroupAbove = 15

    /// Creates options; every argument has the default described on its property.
    public init(direction: Direction = .leftToRight, foldMeasurements: Bool = false, clusterByLabel: Bool = false,
                maxNodes: Int = DOTOptions.defaultMaxNodes, grouping: FigureGrouping? = nil,
                groupAbove: Int = DOTOptions.defaultGroupAbove) {
        self.direction = direction
        self.foldMeasurements = foldMeasurements
        self.clusterByLabel = clusterByLabel
        self.maxNodes = maxNodes
        self.grouping = grouping
        self.groupAbove = groupAbove
    }
}
