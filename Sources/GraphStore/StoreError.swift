/// Why the store refused a change. Thrown to the query that asked for it; the graph is left unchanged.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The graph already uses the most distinct labels a node's label set can hold.
    case tooManyLabels(limit: Int, label: String)
    /// `DELETE` of a node that still has relationships (openCypher requires `DETACH DELETE`).
    case nodeHasRelationships(relationships: Int)
    /// A relationship endpoint that does not exist (deleted earlier in the same statement).
    case missingNode
    /// A property value that cannot be stored (maps, nodes and paths are not property values in openCypher).
    case unstorableValue(key: String, type: String)

    /// The message shown to the user.
    public var description: String {
        switch self {
        case .tooManyLabels(let limit, let label):
            return "cannot add label '\(label)': a graph holds at most \(limit) distinct labels"
        case .nodeHasRelationships(let count):
            return "cannot delete a node that still has \(count) relationship(s); use DETACH DELETE"
        case .missingNode:
            return "the node was deleted earlier in this statement"
        case .unstorableValue(let key, let type):
            return "property '\(key)' cannot hold a \(type); use a string, number, boolean or a list of those"
        }
    }
}
