import Foundation
import QueryAST
import GraphModel

/// The running state of one aggregate call for one group.
struct Accumulator {
    private let function: String
    private let distinct: Bool
    private var values: [Value] = []
    private var seen: Set<GroupingKey> = []
    /// The nodes seen by a DISTINCT aggregate, apart: `count(DISTINCT m)` over a quarter of a million
    /// measurements spent most of its time hashing them as general values.
    private var seenNodes: Set<NodeID> = []
    private var count = 0
    private var percentile: Value = .null
    /// For `min` and `max`, which keep only the extreme so far (the first of equal ones, as `min(by:)` and
    /// `max(by:)` give) instead of every value: 1 or -1, the sign of "replaces the kept one"; 0 otherwise.
    private let extremeSign: Int
    private var extreme: Value?

    init(function: String, distinct: Bool) {
        self.function = function.lowercased()
        self.distinct = distinct
        extremeSign = self.function == "max" ? 1 : self.function == "min" ? -1 : 0
    }

    /// Adds one row's argument (`nil` for `count(*)`). Nulls are skipped, as openCypher requires.
    mutating func add(_ value: Value?, parameter: Value = .null) {
        guard let value else {
            count += 1
            return
        }
        guard !value.isNull else { return }
        if distinct && !firstSight(of: value) { return }
        percentile = parameter
        count += 1
        if extremeSign != 0 {
            guard let kept = extreme else {
                extreme = value
                return
            }
            if extremeSign > 0 ? ValueComparison.orderedBefore(kept, value) : ValueComparison.orderedBefore(value, kept) { extreme = value }
        } else if function != "count" {
            values.append(value)
        }
    }

    /// Whether a DISTINCT aggregate has not seen `value` before (and now has).
    private mutating func firstSight(of value: Value) -> Bool {
        if case .node(let node) = value { return seenNodes.insert(node).inserted }
        return seen.insert(GroupingKey(value)).inserted
    }

    /// The aggregate over everything added.
    func result(at location: SourceLocation) throws(QueryError) -> Value {
        switch function {
        case "count": return .int(Int64(count))
        case "collect": return .list(values)
        case "sum": return try sum(at: location)
        case "avg":
            guard !values.isEmpty, let total = try sum(at: location).numericValue else { return .null }
            return .float(total / Double(values.count))
        case "min", "max": return extreme ?? .null
        case "stdev", "stdevp": return try deviation(sample: function == "stdev", at: location)
        default: return try percentileValue(continuous: function == "percentilecont", at: location)
        }
    }

    private func numbers(at location: SourceLocation) throws(QueryError) -> [Double] {
        try values.map { value throws(QueryError) in
            guard let number = value.numericValue else { throw QueryError("\(function) needs numbers, not a \(value.typeName)", at: location) }
            return number
        }
    }

    private func sum(at location: SourceLocation) throws(QueryError) -> Value {
        var total: Value = .int(0)
        for value in values {
            guard value.numericValue != nil else { throw QueryError("\(function) needs numbers, not a \(value.typeName)", at: location) }
            do { total = try ValueArithmetic.apply("+", total, value) } catch { throw QueryError(error.message, at: location) }
        }
        return total
    }

    private func deviation(sample: Bool, at location: SourceLocation) throws(QueryError) -> Value {
        let numbers = try numbers(at: location)
        let n = Double(numbers.count)
        guard numbers.count > (sample ? 1 : 0) else { return .float(0) }
        let mean = numbers.reduce(0, +) / n
        let squares = numbers.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return .float((squares / (sample ? n - 1 : n)).squareRoot())
    }

    private func percentileValue(continuous: Bool, at location: SourceLocation) throws(QueryError) -> Value {
        let sorted = try numbers(at: location).sorted()
        guard !sorted.isEmpty else { return .null }
        guard let p = percentile.numericValue, (0...1).contains(p) else {
            throw QueryError("\(function) needs a percentile between 0.0 and 1.0", at: location)
        }
        let position = p * Double(sorted.count - 1)
        if !continuous {
            let index = p == 0 ? 0 : Int((p * Double(sorted.count)).rounded(.up)) - 1
            let value = values.sorted(by: ValueComparison.orderedBefore)[max(0, index)]
            return value
        }
        let lower = Int(position.rounded(.down)), upper = Int(position.rounded(.up))
        return .float(sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower)))
    }
}

extension ExpressionCompiler {
    func compileAggregate(name: String, distinct: Bool, arguments: [QueryAST.Expression], location: SourceLocation,
                          star: Bool) throws(QueryError) -> Evaluator {
        guard let aggregates else {
            throw QueryError("\(star ? "count(*)" : name + "()") is an aggregate; use it in WITH or RETURN", at: location)
        }
        let expected = star ? 0 : (name.lowercased().hasPrefix("percentile") ? 2 : 1)
        guard arguments.count == expected else {
            throw QueryError("\(name)() takes \(expected) argument\(expected == 1 ? "" : "s"), not \(arguments.count)", at: location)
        }
        var inner = self
        inner.aggregates = nil
        let argument = try arguments.first.map { value throws(QueryError) in try inner.compile(value) }
        let parameter = try arguments.dropFirst().first.map { value throws(QueryError) in try inner.compile(value) }
        let index = aggregates.add(.init(function: star ? "count" : name, distinct: distinct, argument: argument,
                                         parameter: parameter, location: location))
        return { frame in frame.aggregates[index] }
    }
}
