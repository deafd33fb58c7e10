import Foundation
import GraphModel
import GraphStore

/// Functions of strings.
enum StringFunctions {
    private static func text(_ name: String, _ value: Value) throws(ScalarFunction.Failure) -> String {
        guard case .string(let text) = value else { throw ScalarFunction.fail(name, expected: "a string", got: value) }
        return text
    }

    private static func count(_ name: String, _ value: Value) throws(ScalarFunction.Failure) -> Int {
        guard case .int(let number) = value, number >= 0 else {
            throw ScalarFunction.Failure(message: "\(name)() expects a non-negative integer length or position")
        }
        return Int(clamping: number)
    }

    private static func transform(_ name: String, _ change: @escaping @Sendable (String) -> String) -> ScalarFunction {
        .nullable(1...1) { a, _ throws(ScalarFunction.Failure) in .string(change(try text(name, a[0]))) }
    }

    static let all: [String: ScalarFunction] = [
        "toupper": transform("toUpper") { $0.uppercased() },
        "tolower": transform("toLower") { $0.lowercased() },
        "trim": transform("trim") { $0.trimmingCharacters(in: .whitespacesAndNewlines) },
        "ltrim": transform("ltrim") { String($0.drop { $0.isWhitespace }) },
        "rtrim": transform("rtrim") { String($0.reversed().drop { $0.isWhitespace }.reversed()) },
        "split": .nullable(2...2) { a, _ throws(ScalarFunction.Failure) in
            let whole = try text("split", a[0])
            if a[1].isNull { return .null }
            let separator = try text("split", a[1])
            guard !separator.isEmpty else { return .list(whole.map { .string(String($0)) }) }
            return .list(whole.components(separatedBy: separator).map(Value.string))
        },
        "substring": .nullable(2...3) { a, _ throws(ScalarFunction.Failure) in
            let characters = Array(try text("substring", a[0]))
            let start = min(try count("substring", a[1]), characters.count)
            let length = a.count > 2 ? try count("substring", a[2]) : characters.count
            return .string(String(characters[start..<min(characters.count, start + min(length, characters.count))]))
        },
        "left": .nullable(2...2) { a, _ throws(ScalarFunction.Failure) in
            .string(String(try text("left", a[0]).prefix(try count("left", a[1]))))
        },
        "right": .nullable(2...2) { a, _ throws(ScalarFunction.Failure) in
            .string(String(try text("right", a[0]).suffix(try count("right", a[1]))))
        },
        "replace": .nullable(3...3) { a, _ throws(ScalarFunction.Failure) in
            if a[1].isNull || a[2].isNull { return .null }
            let search = try text("replace", a[1])
            guard !search.isEmpty else { return a[0] }
            return .string(try text("replace", a[0]).replacingOccurrences(of: search, with: try text("replace", a[2])))
        },
    ]
}
