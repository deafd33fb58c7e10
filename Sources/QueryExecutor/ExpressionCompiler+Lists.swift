import GraphModel
import QueryAST

/// Indexing, slicing, CASE, list comprehensions and quantifiers.
extension ExpressionCompiler {
    func compileSubscript(_ subject: Expression, index: Expression, location: SourceLocation) throws(QueryError) -> Evaluator {
        let target = try compile(subject), key = try compile(index)
        return { frame throws(QueryError) in
            let container = try target(frame), position = try key(frame)
            switch (container, position) {
            case (.null, _), (_, .null): return .null
            case (.list(let items), .int(let number)):
                let resolved = number < 0 ? Int64(items.count) + number : number
                return resolved >= 0 && resolved < items.count ? items[Int(resolved)] : .null
            case (_, .string(let name)):
                return try Self.property(name, of: container, in: frame.context.store, at: location)
            default:
                throw QueryError("cannot index a \(container.typeName) with a \(position.typeName)", at: location)
            }
        }
    }

    func compileSlice(_ subject: Expression, from: Expression?, to: Expression?, location: SourceLocation) throws(QueryError) -> Evaluator {
        let target = try compile(subject)
        let lower = try from.map { bound throws(QueryError) in try compile(bound) }
        let upper = try to.map { bound throws(QueryError) in try compile(bound) }
        return { frame throws(QueryError) in
            guard case .list(let items) = try target(frame) else { return .null }
            func resolve(_ bound: Evaluator?, default value: Int) throws(QueryError) -> Int? {
                guard let bound else { return value }
                switch try bound(frame) {
                case .null: return nil
                case .int(let number): return Int(clamping: number < 0 ? Int64(items.count) + number : number)
                case let other: throw QueryError("a list slice bound must be an integer, not a \(other.typeName)", at: location)
                }
            }
            guard let start = try resolve(lower, default: 0), let end = try resolve(upper, default: items.count) else { return .null }
            let low = min(max(start, 0), items.count), high = min(max(end, 0), items.count)
            return .list(low < high ? Array(items[low..<high]) : [])
        }
    }

    func compileCase(_ subject: Expression?, _ branches: [(when: Expression, then: Expression)],
                     _ otherwise: Expression?) throws(QueryError) -> Evaluator {
        let test = try subject.map { value throws(QueryError) in try compile(value) }
        let compiled = try branches.map { branch throws(QueryError) in (try compile(branch.when), try compile(branch.then)) }
        let fallback = try otherwise.map { value throws(QueryError) in try compile(value) }
        return { frame throws(QueryError) in
            let subjectValue = try test?(frame)
            for (when, then) in compiled {
                let candidate = try when(frame)
                let matches = subjectValue.map { ValueComparison.equals($0, candidate) == true } ?? (candidate == .bool(true))
                if matches { return try then(frame) }
            }
            return try fallback?(frame) ?? .null
        }
    }

    func compileComprehension(_ variable: String, _ list: Expression, _ predicate: Expression?, _ projection: Expression?,
                              location: SourceLocation) throws(QueryError) -> Evaluator {
        let source = try compile(list)
        let (slot, inner) = withLocal(variable)
        let filter = try predicate.map { value throws(QueryError) in try inner.compile(value) }
        let map = try projection.map { value throws(QueryError) in try inner.compile(value) }
        return { frame throws(QueryError) in
            guard let items = try Self.list(try source(frame), at: location) else { return .null }
            var result: [Value] = []
            for item in items {
                frame.row[slot] = item
                if let filter, try filter(frame) != .bool(true) { continue }
                result.append(try map?(frame) ?? item)
            }
            return .list(result)
        }
    }

    func compileQuantifier(_ kind: Quantifier, _ variable: String, _ list: Expression, _ predicate: Expression,
                           location: SourceLocation) throws(QueryError) -> Evaluator {
        let source = try compile(list)
        let (slot, inner) = withLocal(variable)
        let test = try inner.compile(predicate)
        return { frame throws(QueryError) in
            guard let items = try Self.list(try source(frame), at: location) else { return .null }
            var trues = 0, falses = 0
            for item in items {
                frame.row[slot] = item
                switch try test(frame) {
                case .bool(true): trues += 1
                case .bool(false): falses += 1
                default: break
                }
            }
            let unknown = trues + falses < items.count
            switch kind {
            case .all: return falses > 0 ? .bool(false) : (unknown ? .null : .bool(true))
            case .any: return trues > 0 ? .bool(true) : (unknown ? .null : .bool(false))
            case .none: return trues > 0 ? .bool(false) : (unknown ? .null : .bool(true))
            case .single: return trues > 1 ? .bool(false) : (unknown ? .null : .bool(trues == 1))
            }
        }
    }

    /// A compiler whose scope has a local variable in a fresh slot.
    func withLocal(_ variable: String) -> (Int, ExpressionCompiler) {
        let slot = context.newSlot()
        var inner = self
        inner.scope.bind(variable, to: slot)
        return (slot, inner)
    }

    static func list(_ value: Value, at location: SourceLocation) throws(QueryError) -> [Value]? {
        switch value {
        case .null: return nil
        case .list(let items): return items
        default: throw QueryError("expected a list, not a \(value.typeName)", at: location)
        }
    }
}
