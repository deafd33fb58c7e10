import Foundation
import GraphModel
import GraphStore

/// Conversions and arithmetic functions.
enum ConversionFunctions {
    private static func number(_ name: String, _ value: Value) throws(ScalarFunction.Failure) -> Double {
        guard let number = value.numericValue else { throw ScalarFunction.fail(name, expected: "a number", got: value) }
        return number
    }

    /// Applies a float function, keeping integers integers where the result is whole by definition.
    private static func rounding(_ name: String, _ rule: FloatingPointRoundingRule) -> ScalarFunction {
        .nullable(1...1) { a, _ throws(ScalarFunction.Failure) in
            if case .int = a[0] { return .float(try number(name, a[0])) }
            return .float(try number(name, a[0]).rounded(rule))
        }
    }

    static let all: [String: ScalarFunction] = [
        "tostring": .nullable(1...1) { a, _ throws(ScalarFunction.Failure) in
            switch a[0] {
            case .string, .int, .float, .bool: return .string(ValueText.plain(a[0]))
            default: throw ScalarFunction.fail("toString", expected: "a string, number or boolean", got: a[0])
            }
        },
        "tointeger": .nullable(1...1) { a, _ throws(ScalarFunction.Failure) in
            switch a[0] {
            case .int: return a[0]
            case .float(let x): return x.isFinite && abs(x) < 9.2e18 ? .int(Int64(x.rounded(.towardZero))) : .null
            case .bool(let flag): return .int(flag ? 1 : 0)
            case .string(let text):
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                if let number = Int64(trimmed) { return .int(number) }
                if let x = Double(trimmed), x.isFinite, abs(x) < 9.2e18 { return .int(Int64(x.rounded(.towardZero))) }
                return .null
            default: throw ScalarFunction.fail("toInteger", expected: "a string, number or boolean", got: a[0])
            }
        },
        "tofloat": .nullable(1...1) { a, _ throws(ScalarFunction.Failure) in
            switch a[0] {
            case .int(let number): return .float(Double(number))
            case .float: return a[0]
            case .string(let text): return Double(text.trimmingCharacters(in: .whitespaces)).map(Value.float) ?? .null
            default: throw ScalarFunction.fail("toFloat", expected: "a string or number", got: a[0])
            }
        },
        "toboolean": .nullable(1...1) { a, _ throws(ScalarFunction.Failure) in
            switch a[0] {
            case .bool: return a[0]
            case .string(let text):
                switch text.trimmingCharacters(in: .whitespaces).lowercased() {
                case "true": return .bool(true)
                case "false": return .bool(false)
                default: return .null
                }
            case .int(let number): return .bool(number != 0)
            default: throw ScalarFunction.fail("toBoolean", expected: "a string, integer or boolean", got: a[0])
            }
        },
        "abs": .nullable(1...1) { a, _ throws(ScalarFunction.Failure) in
            if case .int(let n) = a[0] {
                guard n != .min else { throw ScalarFunction.Failure(message: "integer overflow in abs(\(n))") }
                return .int(Swift.abs(n))
            }
            return .float(Swift.abs(try number("abs", a[0])))
        },
        "sign": .nullable(1...1) { a, _ throws(ScalarFunction.Failure) in
            let x = try number("sign", a[0])
            return .int(x > 0 ? 1 : (x < 0 ? -1 : 0))
        },
        "sqrt": .nullable(1...1) { a, _ throws(ScalarFunction.Failure) in .float(try number("sqrt", a[0]).squareRoot()) },
        "ceil": rounding("ceil", .up),
        "floor": rounding("floor", .down),
        "round": .nullable(1...2) { a, _ throws(ScalarFunction.Failure) in
            let x = try number("round", a[0])
            guard a.count == 2 else { return .float(x.rounded(.toNearestOrAwayFromZero)) }
            guard case .int(let digits) = a[1], (0...15).contains(digits) else {
                throw ScalarFunction.Failure(message: "round() precision must be an integer from 0 to 15")
            }
            let factor = pow(10, Double(digits))
            return .float((x * factor).rounded(.toNearestOrAwayFromZero) / factor)
        },
    ]
}
