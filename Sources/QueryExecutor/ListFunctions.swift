import GraphModel
import GraphStore

/// Functions of lists (and `size` of strings).
enum ListFunctions {
    private static func list(_ name: String, _ value: Value) throws(ScalarFunction.Failure) -> [Value] {
        guard case .list(let items) = value else { throw ScalarFunction.fail(name, expected: "a list", got: value) }
        return items
    }

    private static func integer(_ name: String, _ value: Value) throws(ScalarFunction.Failure) -> Int64 {
        guard case .int(let number) = value else { throw ScalarFunction.fail(name, expected: "integers", got: value) }
        return number
    }

    /// The longest list `range` builds, so a typo cannot exhaust memory.
    static let rangeLimit: Int64 = 10_000_000

    static let all: [String: ScalarFunction] = [
        "size": .nullable(1...1) { a, _ throws(ScalarFunction.Failure) in
            switch a[0] {
            case .list(let items): return .int(Int64(items.count))
            case .string(let text): return .int(Int64(text.count))
            default: throw ScalarFunction.fail("size", expected: "a list or string", got: a[0])
            }
        },
        "head": .nullable(1...1) { a, _ throws(ScalarFunction.Failure) in try list("head", a[0]).first ?? .null },
        "last": .nullable(1...1) { a, _ throws(ScalarFunction.Failure) in try list("last", a[0]).last ?? .null },
        "tail": .nullable(1...1) { a, _ throws(ScalarFunction.Failure) in .list(Array(try list("tail", a[0]).dropFirst())) },
        "reverse": .nullable(1...1) { a, _ throws(ScalarFunction.Failure) in
            if case .string(let text) = a[0] { return .string(String(text.reversed())) }
            return .list(try list("reverse", a[0]).reversed())
        },
        "coalesce": ScalarFunction(arity: 1...64) { a, _ in a.first { !$0.isNull } ?? .null },
        "range": ScalarFunction(arity: 2...3) { a, _ throws(ScalarFunction.Failure) in
            let start = try integer("range", a[0]), end = try integer("range", a[1])
            let step = a.count > 2 ? try integer("range", a[2]) : 1
            guard step != 0 else { throw ScalarFunction.Failure(message: "range() step must not be zero") }
            let (span, overflow) = end.subtractingReportingOverflow(start)
            guard !overflow, span / step < rangeLimit else {
                throw ScalarFunction.Failure(message: "range() would build more than \(rangeLimit) elements")
            }
            guard (step > 0 && start <= end) || (step < 0 && start >= end) else { return .list([]) }
            return .list(stride(from: start, through: end, by: Int64.Stride(step)).map(Value.int))
        },
    ]
}
