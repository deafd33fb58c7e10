/// A value as the TCK writes it in a result table, and as a result value is turned into for comparison:
/// graph elements by their labels, type and properties (never their ids), as the TCK compares them.
indirect enum TCKValue: Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case float(Double)
    case string(String)
    case list([TCKValue])
    case map([String: TCKValue])
    case node(labels: Set<String>, properties: [String: TCKValue])
    case relationship(type: String, properties: [String: TCKValue])
    /// Nodes and the relationships between them, each with whether it points forward along the path.
    case path(nodes: [TCKValue], steps: [PathStep])

    /// One relationship of a path and its direction as written (`-[:T]->` forward, `<-[:T]-` backward).
    struct PathStep: Hashable {
        var relationship: TCKValue
        var forward: Bool
    }

    /// The value with every list's elements in one canonical order, for `ignoring element order for lists`.
    var sortingLists: TCKValue {
        switch self {
        case .list(let items): return .list(items.map(\.sortingLists).sorted { $0.description < $1.description })
        case .map(let map): return .map(map.mapValues(\.sortingLists))
        default: return self
        }
    }

    /// Floats equal when they print the same to 15 significant digits, as the TCK's own comparison allows;
    /// NaN equals NaN so that a result of NaN matches the `NaN` written in the table.
    func matches(_ other: TCKValue) -> Bool {
        switch (self, other) {
        case (.float(let a), .float(let b)):
            if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
            return a == b || abs(a - b) <= 1e-15 * max(abs(a), abs(b))
        case (.list(let a), .list(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.matches($1) }
        case (.map(let a), .map(let b)):
            return a.keys == b.keys && a.allSatisfy { key, value in b[key].map(value.matches) ?? false }
        default:
            return self == other
        }
    }
}

extension TCKValue: CustomStringConvertible {
    /// The value written as the TCK writes it, for failure messages and canonical ordering.
    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let flag): return String(flag)
        case .int(let number): return String(number)
        case .float(let number): return number.isNaN ? "NaN" : String(number)
        case .string(let text): return "'\(text)'"
        case .list(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .map(let map): return "{" + Self.entries(map) + "}"
        case .node(let labels, let properties):
            return "(" + labels.sorted().map { ":" + $0 }.joined() + (properties.isEmpty ? "" : " {\(Self.entries(properties))}") + ")"
        case .relationship(let type, let properties):
            return "[:" + type + (properties.isEmpty ? "" : " {\(Self.entries(properties))}") + "]"
        case .path(let nodes, let steps):
            var text = "<" + (nodes.first?.description ?? "")
            for (step, node) in zip(steps, nodes.dropFirst()) {
                text += step.forward ? "-\(step.relationship)->\(node)" : "<-\(step.relationship)-\(node)"
            }
            return text + ">"
        }
    }

    private static func entries(_ map: [String: TCKValue]) -> String {
        map.keys.sorted().map { "\($0): \(map[$0] ?? .null)" }.joined(separator: ", ")
    }
}
