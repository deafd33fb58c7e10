import GraphLoader
import GraphModel
import ResultFormat

/// Property values as literals that Neo4j, Memgraph and FalkorDB all read back as the same value. Stricter
/// than `ValueText.literal`: a float is always written as plain digits with a point (`45470000000000.0`),
/// because `4.547e+13` is not openCypher (its exponent has no `+`) and a bare `45470000000000` would come back
/// an integer; the values a server engine cannot store as a property (maps, NaN, infinities, nested lists,
/// lists mixing types, graph elements) have no literal.
enum CypherLiteral {
    /// The literal, `nil` when the value cannot be a property there.
    static func of(_ value: Value) -> String? {
        switch value {
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .float(let number): return float(number)
        case .string(let text): return CypherSyntax.quoted(text)
        case .list(let items):
            guard items.allSatisfy(isScalar), Set(items.map(\.typeName)).count <= 1 else { return nil }
            let literals = items.compactMap(of)
            return literals.count == items.count ? "[" + literals.joined(separator: ", ") + "]" : nil
        case .null, .map, .node, .relationship, .path: return nil
        }
    }

    /// A map literal of the properties that have a literal, keys in the store's sorted order; the keys left
    /// out are added to `omitted`.
    static func map(_ properties: [(key: String, value: Value)], omitted: inout Set<String>) -> String {
        var entries: [String] = []
        for (key, value) in properties {
            guard let literal = of(value) else {
                omitted.insert(key)
                continue
            }
            entries.append(CypherSyntax.name(key) + ": " + literal)
        }
        return "{" + entries.joined(separator: ", ") + "}"
    }

    private static func float(_ number: Double) -> String? {
        guard let digits = GraphWriter.plainDecimal(number) else { return nil }
        return digits.contains(".") ? digits : digits + ".0"
    }

    private static func isScalar(_ value: Value) -> Bool {
        switch value {
        case .bool, .int, .float, .string: return true
        default: return false
        }
    }
}
