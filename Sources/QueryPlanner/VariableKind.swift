/// What a variable holds, as far as the planner can tell, so that a relationship or a path used as a node
/// (and the like) is refused before the query runs, as openCypher refuses it (`VariableTypeConflict`).
public enum VariableKind: Sendable, Equatable {
    /// Bound by a node pattern `(n)`.
    case node
    /// Bound by a fixed-length relationship pattern `-[r]-`.
    case relationship
    /// Bound by a variable-length relationship pattern `-[r*]-` or a shortest path: a list of relationships.
    case relationshipList
    /// Bound by a named path `p = ...`.
    case path
    /// A constant, which is no graph element, with its type: `WITH 1 AS n`, `WITH [10] AS r`.
    case constant(StaticType)
    /// Anything else (a function's result, an UNWIND element, a parameter): never a conflict.
    case unknown

    /// How an error names it: `variable 'r' is a relationship`.
    var noun: String {
        switch self {
        case .node: return "a node"
        case .relationship: return "a relationship"
        case .relationshipList: return "a list of relationships"
        case .path: return "a path"
        case .constant(let type): return "a constant \(type.typeName)"
        case .unknown: return "a value"
        }
    }

    /// Whether a variable of this kind can stand where `wanted` is needed.
    func fits(_ wanted: VariableKind) -> Bool {
        self == wanted || self == .unknown || wanted == .unknown
    }
}
