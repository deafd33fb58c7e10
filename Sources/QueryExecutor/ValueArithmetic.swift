import Foundation
import GraphModel

/// Arithmetic as openCypher defines it: integers stay integers (division truncates, overflow is an error,
/// integer division by zero is an error), any float makes the result a float, null propagates, and `+`
/// also concatenates strings and lists.
enum ValueArithmetic {
    /// Why an operation failed; the caller adds the position.
    struct Failure: Error { let message: String }

    static func apply(_ op: String, _ a: Value, _ b: Value) throws(Failure) -> Value {
        if a.isNull || b.isNull { return .null }
        if op == "+", let joined = concatenate(a, b) { return joined }
        switch (a, b) {
        case (.int(let x), .int(let y)): return try integer(op, x, y)
        default:
            guard let x = a.numericValue, let y = b.numericValue else {
                throw Failure(message: "cannot apply '\(op)' to \(a.typeName) and \(b.typeName)")
            }
            return .float(float(op, x, y))
        }
    }

    private static func concatenate(_ a: Value, _ b: Value) -> Value? {
        switch (a, b) {
        case (.string(let x), .string(let y)): return .string(x + y)
        case (.string(let x), .int), (.string(let x), .float): return .string(x + ValueText.plain(b))
        case (.int, .string(let y)), (.float, .string(let y)): return .string(ValueText.plain(a) + y)
        case (.list(let x), .list(let y)): return .list(x + y)
        case (.list(let x), _): return .list(x + [b])
        case (_, .list(let y)): return .list([a] + y)
        default: return nil
        }
    }

    private static func integer(_ op: String, _ x: Int64, _ y: Int64) throws(Failure) -> Value {
        let result: (Int64, Bool)
        switch op {
        case "+": result = x.addingReportingOverflow(y)
        case "-": result = x.subtractingReportingOverflow(y)
        case "*": result = x.multipliedReportingOverflow(by: y)
        case "/":
            guard y != 0 else { throw Failure(message: "integer division by zero") }
            result = x.dividedReportingOverflow(by: y)
        case "%":
            guard y != 0 else { throw Failure(message: "integer modulo by zero") }
            result = x.remainderReportingOverflow(dividingBy: y)
        default:
            return .float(pow(Double(x), Double(y)))
        }
        guard !result.1 else { throw Failure(message: "integer overflow in \(x) \(op) \(y)") }
        return .int(result.0)
    }

    private static func float(_ op: String, _ x: Double, _ y: Double) -> Double {
        switch op {
        case "+": return x + y
        case "-": return x - y
        case "*": return x * y
        case "/": return x / y
        case "%": return fmod(x, y)
        default: return pow(x, y)
        }
    }
}

/// Plain text of scalar values, for string concatenation and `toString`.
enum ValueText {
    static func plain(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .float(let number): return float(number)
        case .string(let text): return text
        default: return "\(value)"
        }
    }

    /// A float always shows it is one: `1.0`, `3.8`, `NaN`.
    static func float(_ number: Double) -> String {
        if number.isNaN { return "NaN" }
        if number.isInfinite { return number > 0 ? "Infinity" : "-Infinity" }
        let text = String(number)
        return text.contains(".") || text.contains("e") ? text : text + ".0"
    }
}
