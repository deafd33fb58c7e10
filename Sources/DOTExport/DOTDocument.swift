/// A DOT file's text with what it draws, so that a message can say how many nodes and edges the picture
/// holds after figures were folded or grouped, not how many the subgraph had.
public struct DOTDocument: Sendable, Equatable {
    /// The DOT text.
    public let text: String
    /// Nodes drawn, the legend not counted.
    public let nodeCount: Int
    /// Edges drawn, folded figures' edges included.
    public let edgeCount: Int
}
