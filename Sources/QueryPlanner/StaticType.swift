import GraphModel

/// What the planner knows of an expression's type before it runs: enough to refuse `NOT 1`, `'a' % 2`,
/// `labels(path)` or `1.x` at compile time, as openCypher does (`InvalidArgumentType`). `unknown` is never
/// refused: a parameter, a property or a function's result is only known when the query runs.
public indirect enum StaticType: Sendable, Equatable {
    /// One case per openCypher type; `unknown` when only the running query can tell.
    case null, boolean, integer, float, string, map, node, relationship, path, unknown
    /// A list, with the type its elements share (`unknown` when they differ).
    case list(element: StaticType)

    /// The type of a constant.
    init(_ value: Value) {
        switch value {
        case .null: self = .null
        case .bool: self = .boolean
        case .int: self = .integer
        case .float: self = .float
        case .string: self = .string
        case .list(let items): self = .list(element: Self.common(items.map(StaticType.init)))
        case .map: self = .map
        case .node: self = .node
        case .relationship: self = .relationship
        case .path: self = .path
        }
    }

    /// What a variable of a kind holds.
    init(_ kind: VariableKind) {
        switch kind {
        case .node: self = .node
        case .relationship: self = .relationship
        case .relationshipList: self = .list(element: .relationship)
        case .path: self = .path
        case .constant(let type): self = type
        case .unknown: self = .unknown
        }
    }

    /// The one type all elements share (nulls aside), else unknown.
    static func common(_ types: [StaticType]) -> StaticType {
        let present = types.filter { $0 != .null }
        guard let first = present.first, present.allSatisfy({ $0 == first }) else { return .unknown }
        return first
    }

    /// The type of an element, for a list; unknown otherwise.
    var element: StaticType {
        if case .list(let element) = self { return element }
        return .unknown
    }

    /// Whether a value of this type may be what an operation needs: null and unknown always may.
    func fits(_ allowed: Set<Name>) -> Bool {
        self == .null || self == .unknown || allowed.contains(name)
    }

    /// The type without its element type, for the sets of `fits`.
    enum Name: Hashable {
        case null, boolean, integer, float, string, map, node, relationship, path, unknown, list
    }

    var name: Name {
        switch self {
        case .null: return .null
        case .boolean: return .boolean
        case .integer: return .integer
        case .float: return .float
        case .string: return .string
        case .map: return .map
        case .node: return .node
        case .relationship: return .relationship
        case .path: return .path
        case .unknown: return .unknown
        case .list: return .list
        }
    }

    /// The openCypher name, as errors say it (`Integer`); `Any` when unknown.
    var typeName: String {
        switch self {
        case .null: return "Null"
        case .boolean: return "Boolean"
        case .integer: return "Integer"
        case .float: return "Float"
        case .string: return "String"
        case .map: return "Map"
        case .node: return "Node"
        case .relationship: return "Relationship"
        case .path: return "Path"
        case .unknown: return "Any"
        case .list: return "List"
        }
    }

    /// `a String`, as the same error at run time says it.
    var article: String { "a \(typeName)" }
}
