import GraphModel

/// openCypher's equality and ordering of values.
///
/// Equality is three-valued: comparing with null, or two values whose comparison is undefined, gives null.
/// Ordering for ORDER BY is total — maps, nodes, relationships, lists, paths, strings, booleans, numbers,
/// with null last — so any column sorts, whatever it holds.
enum ValueComparison {
    /// `a = b`: true, false, or nil for null.
    static func equals(_ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case (.null, _), (_, .null): return nil
        case (.int(let x), .int(let y)): return x == y
        case (.int, .float), (.float, .int), (.float, .float):
            guard let x = a.numericValue, let y = b.numericValue else { return false }
            return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.node(let x), .node(let y)): return x == y
        case (.relationship(let x), .relationship(let y)): return x == y
        case (.path(let x), .path(let y)): return x == y
        case (.list(let x), .list(let y)): return listEquals(x, y)
        case (.map(let x), .map(let y)): return mapEquals(x, y)
        default: return false
        }
    }

    private static func listEquals(_ x: [Value], _ y: [Value]) -> Bool? {
        guard x.count == y.count else { return false }
        var sawNull = false
        for (a, b) in zip(x, y) {
            switch equals(a, b) {
            case false?: return false
            case nil: sawNull = true
            case true?: continue
            }
        }
        return sawNull ? nil : true
    }

    private static func mapEquals(_ x: [String: Value], _ y: [String: Value]) -> Bool? {
        guard Set(x.keys) == Set(y.keys) else { return false }
        return listEquals(x.keys.sorted().map { x[$0] ?? .null }, x.keys.sorted().map { y[$0] ?? .null })
    }

    /// Whether `a < b` (or another ordering, as `accepts` reads `compare`'s sign) holds: false when one of two
    /// numbers is NaN, as in openCypher, and null for values that do not compare.
    static func satisfies(_ a: Value, _ b: Value, _ accepts: (Int) -> Bool) -> Bool? {
        if let x = a.numericValue, let y = b.numericValue, x.isNaN || y.isNaN { return false }
        return compare(a, b).map(accepts)
    }

    /// `a < b` and friends: the order of numbers, strings, booleans and lists of those; nil when the values
    /// are of types that do not compare (openCypher returns null there).
    static func compare(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.int, .float), (.float, .int), (.float, .float):
            guard let x = a.numericValue, let y = b.numericValue, !x.isNaN, !y.isNaN else { return nil }
            return x < y ? -1 : (x == y ? 0 : 1)
        case (.string(let x), .string(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (!x ? -1 : 1)
        case (.list(let x), .list(let y)):
            for (p, q) in zip(x, y) {
                guard let order = compare(p, q) else { return nil }
                if order != 0 { return order }
            }
            return x.count < y.count ? -1 : (x.count == y.count ? 0 : 1)
        default: return nil
        }
    }

    /// The total order ORDER BY uses, ascending.
    static func orderedBefore(_ a: Value, _ b: Value) -> Bool { sortOrder(a, b) < 0 }

    /// -1, 0 or 1 in ORDER BY's total order.
    static func sortOrder(_ a: Value, _ b: Value) -> Int {
        let (ra, rb) = (typeRank(a), typeRank(b))
        if ra != rb { return ra < rb ? -1 : 1 }
        switch (a, b) {
        case (.float(let x), .float(let y)) where x.isNaN || y.isNaN:
            return x.isNaN == y.isNaN ? 0 : (x.isNaN ? 1 : -1)
        case (.node(let x), .node(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.relationship(let x), .relationship(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.list(let x), .list(let y)):
            for (p, q) in zip(x, y) {
                let order = sortOrder(p, q)
                if order != 0 { return order }
            }
            return x.count < y.count ? -1 : (x.count == y.count ? 0 : 1)
        case (.map(let x), .map(let y)):
            let keys = (x.keys.sorted(), y.keys.sorted())
            let order = sortOrder(.list(keys.0.map { .string($0) }), .list(keys.1.map { .string($0) }))
            return order != 0 ? order : sortOrder(.list(keys.0.map { x[$0] ?? .null }), .list(keys.1.map { y[$0] ?? .null }))
        case (.path(let x), .path(let y)):
            return sortOrder(.list(x.nodes.map { .node($0) }), .list(y.nodes.map { .node($0) }))
        default:
            return compare(a, b) ?? 0
        }
    }

    private static func typeRank(_ value: Value) -> Int {
        switch value {
        case .map: return 0
        case .node: return 1
        case .relationship: return 2
        case .list: return 3
        case .path: return 4
        case .string: return 5
        case .bool: return 6
        case .int, .float: return 7
        case .null: return 8
        }
    }
}

/// A value usable as a dictionary key for grouping and DISTINCT, where `1` and `1.0` are the same key
/// (openCypher treats them as equal) and null equals null.
struct GroupingKey: Hashable {
    let value: Value

    init(_ value: Value) { self.value = GroupingKey.normalized(value) }

    private static func normalized(_ value: Value) -> Value {
        switch value {
        case .float(let number) where number == number.rounded() && abs(number) < 9e15: return .int(Int64(number))
        case .list(let items): return .list(items.map(normalized))
        case .map(let entries): return .map(entries.mapValues(normalized))
        default: return value
        }
    }
}
