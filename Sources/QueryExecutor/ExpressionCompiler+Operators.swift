import Foundation
import GraphModel
import QueryAST

/// Binary operators: boolean logic, comparison, arithmetic, membership, string predicates, regular expressions.
extension ExpressionCompiler {
    func compileBinary(_ op: BinaryOperator, _ left: QueryAST.Expression, _ right: QueryAST.Expression,
                       location: SourceLocation) throws(QueryError) -> Evaluator {
        if op == .equal, let fast = compilePropertyEqualsText(left, right) ?? compilePropertyEqualsText(right, left) {
            return fast
        }
        let lhs = try compile(left), rhs = try compile(right)
        switch op {
        case .and, .or, .xor:
            return try compileLogic(op, lhs, rhs, location: location)
        case .equal:
            return { frame throws(QueryError) in Self.bool(ValueComparison.equals(try lhs(frame), try rhs(frame))) }
        case .notEqual:
            return { frame throws(QueryError) in Self.bool(ValueComparison.equals(try lhs(frame), try rhs(frame)).map { !$0 }) }
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            let accepts: (Int) -> Bool = op == .less ? { $0 < 0 } : op == .lessOrEqual ? { $0 <= 0 } : op == .greater ? { $0 > 0 } : { $0 >= 0 }
            return { frame throws(QueryError) in
                Self.bool(ValueComparison.satisfies(try lhs(frame), try rhs(frame), accepts))
            }
        case .add, .subtract, .multiply, .divide, .modulo, .power:
            let symbol = op.rawValue
            return { frame throws(QueryError) in
                let a = try lhs(frame), b = try rhs(frame)
                do throws(ValueArithmetic.Failure) { return try ValueArithmetic.apply(symbol, a, b) } catch {
                    throw QueryError(error.message, at: location)
                }
            }
        case .in:
            return { frame throws(QueryError) in try Self.membership(try lhs(frame), in: try rhs(frame), at: location) }
        case .startsWith, .endsWith, .contains:
            return { frame throws(QueryError) in
                guard case .string(let text) = try lhs(frame), case .string(let part) = try rhs(frame) else { return .null }
                switch op {
                case .startsWith: return .bool(text.hasPrefix(part))
                case .endsWith: return .bool(text.hasSuffix(part))
                default: return .bool(part.isEmpty || text.contains(part))
                }
            }
        case .regexMatch:
            return try compileRegex(lhs, right, rhs, location: location)
        }
    }

    /// `v.key = 'text'` for a node variable: compares pool ids in the property's column instead of reading the
    /// text, the test a scan of a million measurements runs per row. Other values take the general path.
    private func compilePropertyEqualsText(_ property: QueryAST.Expression, _ literal: QueryAST.Expression) -> Evaluator? {
        guard case .property(let subject, let key) = property.kind, case .variable(let name) = subject.kind,
              let slot = scope.slot(of: name), case .literal(.string(let text)) = literal.kind else { return nil }
        let access = PropertyAccess(key), pooled = PooledLiteral(text, in: context.store)
        let location = subject.location
        return { frame throws(QueryError) in
            let store = frame.context.store
            guard case .node(let node) = frame.row[slot] else {
                return Self.bool(ValueComparison.equals(try access.read(frame.row[slot], in: store, at: location), .string(text)))
            }
            guard let handle = access.handle(in: store) else { return .null }
            return Self.bool(store.property(handle, of: node, equals: pooled.resolved(in: store)))
        }
    }

    private func compileLogic(_ op: BinaryOperator, _ lhs: @escaping Evaluator, _ rhs: @escaping Evaluator,
                              location: SourceLocation) throws(QueryError) -> Evaluator {
        func truth(_ value: Value) throws(QueryError) -> Bool? {
            switch value {
            case .null: return nil
            case .bool(let flag): return flag
            default: throw QueryError("\(op.rawValue) needs booleans, not a \(value.typeName)", at: location)
            }
        }
        return { frame throws(QueryError) in
            let a = try truth(try lhs(frame))
            if op == .and, a == false { return .bool(false) }
            if op == .or, a == true { return .bool(true) }
            let b = try truth(try rhs(frame))
            switch op {
            case .and: return b == false ? .bool(false) : Self.bool(a == nil || b == nil ? nil : true)
            case .or: return b == true ? .bool(true) : Self.bool(a == nil || b == nil ? nil : false)
            default:
                guard let a, let b else { return .null }
                return .bool(a != b)
            }
        }
    }

    static func membership(_ item: Value, in list: Value, at location: SourceLocation) throws(QueryError) -> Value {
        switch list {
        case .null: return .null
        case .list(let items):
            var unknown = false
            for element in items {
                switch ValueComparison.equals(item, element) {
                case true?: return .bool(true)
                case nil: unknown = true
                case false?: continue
                }
            }
            return unknown ? .null : .bool(false)
        default:
            throw QueryError("IN needs a list on its right, not a \(list.typeName)", at: location)
        }
    }

    private func compileRegex(_ lhs: @escaping Evaluator, _ pattern: QueryAST.Expression, _ rhs: @escaping Evaluator,
                              location: SourceLocation) throws(QueryError) -> Evaluator {
        let fixed: NSRegularExpression?
        if case .literal(.string(let text)) = pattern.kind { fixed = try Self.regex(text, at: pattern.location) } else { fixed = nil }
        return { frame throws(QueryError) in
            guard case .string(let text) = try lhs(frame) else { return .null }
            let regex: NSRegularExpression
            if let fixed { regex = fixed } else {
                guard case .string(let source) = try rhs(frame) else { return .null }
                regex = try Self.regex(source, at: location)
            }
            let range = NSRange(text.startIndex..., in: text)
            return .bool(regex.firstMatch(in: text, options: [.anchored], range: range).map { $0.range == range } ?? false)
        }
    }

    private static func regex(_ source: String, at location: SourceLocation) throws(QueryError) -> NSRegularExpression {
        do { return try NSRegularExpression(pattern: source) } catch {
            throw QueryError("invalid regular expression '\(source)'", at: location)
        }
    }

    static func bool(_ flag: Bool?) -> Value { flag.map(Value.bool) ?? .null }
}
