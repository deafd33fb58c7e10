/// A value as queries see it: openCypher's property types plus graph elements. Properties in the store are
/// values too, which is why the type lives in the model, beneath both the store and the query engine.
public enum Value: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case float(Double)
    case string(String)
    case list([Value])
    case map([String: Value])
    case node(NodeID)
    case relationship(RelationshipID)
    case path(GraphPath)

    /// True for `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The string, when this is one.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The number as a float, when this is an integer or a float.
    public var numericValue: Double? {
        switch self {
        case .int(let number): return Double(number)
        case .float(let number): return number
        default: return nil
        }
    }

    /// The openCypher type name, for error messages (`expected a number but got String`).
    public var typeName: String {
        switch self {
        case .null: return "Null"
        case .bool: return "Boolean"
        case .int: return "Integer"
        case .float: return "Float"
        case .string: return "String"
        case .list: return "List"
        case .map: return "Map"
        case .node: return "Node"
        case .relationship: return "Relationship"
        case .path: return "Path"
        }
    }
}
