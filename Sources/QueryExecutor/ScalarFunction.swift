import Foundation
import GraphModel
import GraphStore

/// A built-in function: how many arguments it takes and what it computes from them.
public struct ScalarFunction: Sendable {
    /// Why a call failed; the caller adds the position.
    struct Failure: Error, Sendable { let message: String }

    typealias Body = @Sendable ([Value], GraphStore) throws(Failure) -> Value

    let arity: ClosedRange<Int>
    let body: Body

    /// The functions by lower-cased name (`toupper`, `period.contains`).
    static func named(_ name: String) -> ScalarFunction? { table[name.lowercased()] }

    /// Every function name as documented, for completion and did-you-mean.
    public static var documentedNames: [String] { FunctionDoc.all.map(\.name) }

    private static let table: [String: ScalarFunction] = GraphFunctions.all
        .merging(ListFunctions.all) { a, _ in a }
        .merging(ConversionFunctions.all) { a, _ in a }
        .merging(StringFunctions.all) { a, _ in a }
        .merging(DomainFunctions.all) { a, _ in a }

    /// A function of fixed arity whose result is null when its first argument is null.
    static func nullable(_ arity: ClosedRange<Int>, _ body: @escaping Body) -> ScalarFunction {
        ScalarFunction(arity: arity) { arguments, store throws(Failure) in
            if arguments.first?.isNull ?? false { return .null }
            return try body(arguments, store)
        }
    }

    static func fail(_ function: String, expected: String, got value: Value) -> Failure {
        Failure(message: "\(function)() expects \(expected), not a \(value.typeName)")
    }
}
