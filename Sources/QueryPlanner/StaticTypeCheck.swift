import GraphModel
import QueryAST

/// Refuses at compile time what can never run: an operator or function given a constant or a variable of
/// the wrong type (`NOT 1`, `true AND 'x'`, `1 IN 2`, `'a' % 2`, `{}.x` on a number, `labels(p)` on a path,
/// `type(n)` on a node), and an aggregate inside another, as openCypher does.
struct StaticTypeCheck {
    /// The variables visible where the expression is, with their kinds.
    let scope: Scope

    /// Checks the expression; throws at the first sub-expression of a wrong type.
    func check(_ expression: Expression) throws(PlanError) {
        _ = try type(of: expression)
    }

    /// The expression's type, as far as it is known before the query runs.
    func type(of expression: Expression) throws(PlanError) -> StaticType {
        try type(of: expression, locals: [:])
    }

    private func type(of expression: Expression, locals: [String: StaticType]) throws(PlanError) -> StaticType {
        func sub(_ inner: Expression) throws(PlanError) -> StaticType { try type(of: inner, locals: locals) }
        // The message and place are those of the same error at run time: the whole expression's start.
        func require(_ inner: Expression, _ allowed: Set<StaticType.Name>, _ what: String) throws(PlanError) -> StaticType {
            let found = try sub(inner)
            guard found.fits(allowed) else { throw PlanError("\(what) \(found.article)", at: expression.location) }
            return found
        }
        let numbers: Set<StaticType.Name> = [.integer, .float]
        switch expression.kind {
        case .literal(let value): return StaticType(value)
        case .parameter, .countStar: return expression.kind.isCountStar ? .integer : .unknown
        case .pattern, .exists: return .boolean
        case .variable(let name):
            if let local = locals[name] { return local }
            return scope.kind(of: name).map(StaticType.init) ?? .unknown
        case .list(let items):
            var types: [StaticType] = []
            for item in items { types.append(try sub(item)) }
            return .list(element: StaticType.common(types))
        case .map(let entries):
            for entry in entries { _ = try sub(entry.value) }
            return .map
        case .property(let subject, let key):
            _ = try require(subject, [.map, .node, .relationship], "cannot read property '\(key)' of")
            return .unknown
        case .unary(let op, let operand):
            if op == .not { _ = try require(operand, [.boolean], "NOT needs a boolean, not"); return .boolean }
            return try require(operand, numbers, "unary \(op.rawValue) needs a number, not")
        case .binary(let op, let left, let right):
            return try binary(op, left, right, at: expression.location, require: require, sub: sub)
        case .function(let name, _, let arguments):
            return try function(name.lowercased(), arguments, at: expression.location, require: require, sub: sub)
        case .listComprehension(let variable, let list, let predicate, let projection):
            let element = try sub(list).element
            var inner = locals
            inner[variable] = element
            if let predicate { _ = try type(of: predicate, locals: inner) }
            let projected = try projection.map { item throws(PlanError) in try type(of: item, locals: inner) } ?? element
            return .list(element: projected)
        case .quantifier(_, let variable, let list, let predicate):
            var inner = locals
            inner[variable] = try sub(list).element
            _ = try type(of: predicate, locals: inner)
            return .boolean
        case .subscript, .slice, .hasLabels, .isNull, .caseWhen:
            for child in ExpressionAnalysis.children(of: expression) { _ = try sub(child) }
            if case .isNull = expression.kind { return .boolean }
            return .unknown
        }
    }

    private typealias Require = (Expression, Set<StaticType.Name>, String) throws(PlanError) -> StaticType
    private typealias Sub = (Expression) throws(PlanError) -> StaticType

    private func binary(_ op: BinaryOperator, _ left: Expression, _ right: Expression, at location: SourceLocation,
                        require: Require, sub: Sub) throws(PlanError) -> StaticType {
        switch op {
        case .and, .or, .xor:
            _ = try require(left, [.boolean], "\(op.rawValue) needs booleans, not")
            _ = try require(right, [.boolean], "\(op.rawValue) needs booleans, not")
            return .boolean
        case .in:
            _ = try sub(left)
            _ = try require(right, [.list], "IN needs a list on its right, not")
            return .boolean
        case .subtract, .multiply, .divide, .modulo, .power:
            let (a, b) = (try sub(left), try sub(right))
            guard a.fits([.integer, .float]), b.fits([.integer, .float]) else {
                throw PlanError("cannot apply '\(op.rawValue)' to \(a.typeName) and \(b.typeName)", at: location)
            }
            return a == .integer && b == .integer && op != .power ? .integer : (a == .unknown || b == .unknown ? .unknown : .float)
        case .add:
            _ = try sub(left)
            _ = try sub(right)
            return .unknown
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .startsWith, .endsWith, .contains, .regexMatch:
            _ = try sub(left)
            _ = try sub(right)
            return .boolean
        }
    }

    /// The functions whose argument type is fixed, by name: what they accept.
    private static let argumentTypes: [String: (accepts: Set<StaticType.Name>, noun: String)] = [
        "labels": ([.node], "a node"), "type": ([.relationship], "a relationship"),
        "length": ([.path, .string, .list], "a path"), "size": ([.string, .list], "a list or a string"),
        "properties": ([.node, .relationship, .map], "a node, a relationship or a map"),
        "nodes": ([.path], "a path"), "relationships": ([.path], "a path"),
        "startnode": ([.relationship], "a relationship"), "endnode": ([.relationship], "a relationship"),
    ]

    private func function(_ name: String, _ arguments: [Expression], at location: SourceLocation,
                          require: Require, sub: Sub) throws(PlanError) -> StaticType {
        if ExpressionAnalysis.isAggregate(name), arguments.contains(where: ExpressionAnalysis.containsAggregate) {
            throw PlanError("\(name)() cannot take an aggregate as its argument; aggregate in a WITH first", at: location)
        }
        if let rule = Self.argumentTypes[name], arguments.count == 1, let first = arguments.first {
            _ = try require(first, rule.accepts, "\(name)() expects \(rule.noun), not")
            for argument in arguments.dropFirst() { _ = try sub(argument) }
            return .unknown
        }
        for argument in arguments { _ = try sub(argument) }
        return .unknown
    }
}

private extension Expression.Kind {
    var isCountStar: Bool {
        if case .countStar = self { return true }
        return false
    }
}
