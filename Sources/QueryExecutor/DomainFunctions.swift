import GraphModel
import GraphStore

/// The trade-statistics functions, in their own namespaces so they never clash with openCypher's.
enum DomainFunctions {
    private static func period(_ name: String, _ value: Value) throws(ScalarFunction.Failure) -> Period {
        guard case .string(let text) = value else { throw ScalarFunction.fail(name, expected: "a period string", got: value) }
        do { return try Period(parsing: text) } catch { throw ScalarFunction.Failure(message: "\(name)(): \(error)") }
    }

    static let all: [String: ScalarFunction] = [
        "period.contains": ScalarFunction(arity: 2...2) { a, _ throws(ScalarFunction.Failure) in
            if a[0].isNull || a[1].isNull { return .null }
            return .bool(try period("period.contains", a[0]).contains(try period("period.contains", a[1])))
        },
        "period.start": .nullable(1...1) { a, _ throws(ScalarFunction.Failure) in
            .string(try period("period.start", a[0]).firstDay.description)
        },
        "period.end": .nullable(1...1) { a, _ throws(ScalarFunction.Failure) in
            .string(try period("period.end", a[0]).lastDay.description)
        },
        "fmt.amount": ScalarFunction(arity: 2...3) { a, _ throws(ScalarFunction.Failure) in
            guard let value = a[0].numericValue else {
                if a[0].isNull { return .null }
                throw ScalarFunction.fail("fmt.amount", expected: "a number", got: a[0])
            }
            guard case .string(let unitName) = a[1] else { throw ScalarFunction.fail("fmt.amount", expected: "a unit string", got: a[1]) }
            let approximation = a.count > 2 ? a[2].stringValue.flatMap(Approximation.init(rawValue:)) : nil
            let amount = Amount(value: value, unit: Unit(rawValue: unitName), approximation: approximation)
            return .string(Unit(rawValue: unitName) == nil ? "\(amount) \(unitName)" : amount.description)
        },
    ]
}
