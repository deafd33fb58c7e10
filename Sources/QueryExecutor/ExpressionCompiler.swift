import GraphModel
import GraphStore
import QueryAST
import QueryPlanner

/// Compiles expressions to closures once per statement, with variables resolved to row slots, so that
/// evaluating a row does no name lookups.
struct ExpressionCompiler {
    let context: ExecutionContext
    var scope: Scope
    /// Collects aggregate calls when compiling the items of an aggregating projection; `nil` elsewhere,
    /// where an aggregate is an error.
    var aggregates: AggregateCollector?

    init(context: ExecutionContext, scope: Scope, aggregates: AggregateCollector? = nil) {
        self.context = context
        self.scope = scope
        self.aggregates = aggregates
    }

    func compile(_ expression: Expression) throws(QueryError) -> Evaluator {
        let location = expression.location
        switch expression.kind {
        case .literal(let value):
            return { _ in value }
        case .parameter(let name):
            guard let value = context.parameters[name] else {
                let known = context.parameters.keys.sorted()
                throw QueryError("parameter $\(name) is not set; set it with :param \(name) => value\(Suggestion.hint(for: name, among: known))", at: location)
            }
            return { _ in value }
        case .variable(let name):
            guard let slot = scope.slot(of: name) else {
                throw QueryError("variable '\(name)' is not defined\(Suggestion.hint(for: name, among: scope.names))", at: location)
            }
            return { frame in frame.row[slot] }
        case .list(let items):
            let compiled = try items.map { item throws(QueryError) in try compile(item) }
            return { frame throws(QueryError) in .list(try compiled.map { evaluate throws(QueryError) in try evaluate(frame) }) }
        case .map(let entries):
            let compiled = try entries.map { entry throws(QueryError) in (entry.key, try compile(entry.value)) }
            return { frame throws(QueryError) in
                var map: [String: Value] = [:]
                for (key, evaluate) in compiled { map[key] = try evaluate(frame) }
                return .map(map)
            }
        case .property(let subject, let key):
            return try compileProperty(subject, key: key)
        case .subscript(let subject, let index):
            return try compileSubscript(subject, index: index, location: location)
        case .slice(let subject, let from, let to):
            return try compileSlice(subject, from: from, to: to, location: location)
        case .hasLabels(let subject, let labels):
            let target = try compile(subject)
            return { frame throws(QueryError) in
                switch try target(frame) {
                case .null: return .null
                case .node(let node): return .bool(labels.allSatisfy { frame.context.store.hasLabel(node, $0) })
                case let other: throw QueryError("a label check needs a node, not a \(other.typeName)", at: location)
                }
            }
        case .unary(let op, let operand):
            return try compileUnary(op, operand, location: location)
        case .binary(let op, let left, let right):
            return try compileBinary(op, left, right, location: location)
        case .isNull(let operand, let negated):
            let target = try compile(operand)
            return { frame throws(QueryError) in .bool(try target(frame).isNull != negated) }
        case .countStar:
            return try compileAggregate(name: "count", distinct: false, arguments: [], location: location, star: true)
        case .function(let name, let distinct, let arguments):
            if ExpressionAnalysis.isAggregate(name) {
                return try compileAggregate(name: name, distinct: distinct, arguments: arguments, location: location, star: false)
            }
            return try compileFunction(name, arguments: arguments, location: location)
        case .caseWhen(let subject, let branches, let otherwise):
            return try compileCase(subject, branches, otherwise)
        case .listComprehension(let variable, let list, let predicate, let projection):
            return try compileComprehension(variable, list, predicate, projection, location: location)
        case .quantifier(let kind, let variable, let list, let predicate):
            return try compileQuantifier(kind, variable, list, predicate, location: location)
        case .pattern(let element):
            return try compileExists([PatternPart(element: element)], predicate: nil, location: location)
        case .exists(let patterns, let predicate):
            return try compileExists(patterns, predicate: predicate, location: location)
        }
    }

    private func compileProperty(_ subject: Expression, key: String) throws(QueryError) -> Evaluator {
        let location = subject.location
        let access = PropertyAccess(key)
        if case .variable(let name) = subject.kind, let slot = scope.slot(of: name) {
            return { frame throws(QueryError) in try access.read(frame.row[slot], in: frame.context.store, at: location) }
        }
        let target = try compile(subject)
        return { frame throws(QueryError) in try access.read(try target(frame), in: frame.context.store, at: location) }
    }

    static func property(_ key: String, of value: Value, in store: GraphStore, at location: SourceLocation) throws(QueryError) -> Value {
        switch value {
        case .node(let node): return store.property(key, of: node)
        case .relationship(let relationship): return store.property(key, of: relationship)
        case .map(let map): return map[key] ?? .null
        case .null: return .null
        default: throw QueryError("cannot read property '\(key)' of a \(value.typeName)", at: location)
        }
    }

    private func compileUnary(_ op: UnaryOperator, _ operand: Expression, location: SourceLocation) throws(QueryError) -> Evaluator {
        let target = try compile(operand)
        switch op {
        case .not:
            return { frame throws(QueryError) in
                switch try target(frame) {
                case .null: return .null
                case .bool(let flag): return .bool(!flag)
                case let other: throw QueryError("NOT needs a boolean, not a \(other.typeName)", at: location)
                }
            }
        case .negate:
            return { frame throws(QueryError) in
                switch try target(frame) {
                case .null: return .null
                case .int(let number):
                    guard number != .min else { throw QueryError("integer overflow in -(\(number))", at: location) }
                    return .int(-number)
                case .float(let number): return .float(-number)
                case let other: throw QueryError("cannot negate a \(other.typeName)", at: location)
                }
            }
        case .plus:
            return { frame throws(QueryError) in
                let value = try target(frame)
                guard value.isNull || value.numericValue != nil else { throw QueryError("unary + needs a number, not a \(value.typeName)", at: location) }
                return value
            }
        }
    }
}

/// The aggregate calls found while compiling an aggregating projection's items, in order.
final class AggregateCollector {
    struct Call {
        let function: String
        let distinct: Bool
        let argument: Evaluator?
        let parameter: Evaluator?
        let location: SourceLocation
    }

    private(set) var calls: [Call] = []

    func add(_ call: Call) -> Int {
        calls.append(call)
        return calls.count - 1
    }
}
