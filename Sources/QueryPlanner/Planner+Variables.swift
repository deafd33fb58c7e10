import GraphModel
import QueryAST

/// The checks openCypher makes of the variables of a pattern before anything runs: a variable keeps one kind
/// (`VariableTypeConflict`), a path variable is always new (`VariableAlreadyBound`), and one MATCH does not
/// name the same relationship twice (`RelationshipUniquenessViolation`).
extension Planner {
    /// Checks the variables of a MATCH's or a MERGE's patterns against the scope and each other.
    func checkPatternVariables(_ patterns: [PatternPart]) throws(PlanError) {
        var kinds = currentScope.kinds.filter { currentScope.slot(of: $0.key) != nil }
        var relationshipsHere: Set<String> = []
        for part in patterns {
            let element = part.element
            for node in [element.start] + element.steps.map(\.node) {
                guard let name = node.variable else { continue }
                try Self.expect(name, as: .node, kinds: kinds, at: node.location)
                kinds[name] = kinds[name] ?? .node
            }
            for step in element.steps {
                let relationship = step.relationship
                guard let name = relationship.variable else { continue }
                let kind: VariableKind = relationship.length != nil || part.shortest != nil ? .relationshipList : .relationship
                if !relationshipsHere.insert(name).inserted, currentScope.slot(of: name) == nil {
                    throw PlanError("relationship variable '\(name)' appears twice in this pattern; a pattern matches each relationship once",
                                    at: relationship.location)
                }
                try Self.expect(name, as: kind, kinds: kinds, at: relationship.location)
                kinds[name] = kinds[name] ?? kind
            }
            if let path = part.pathVariable {
                if let bound = kinds[path] {
                    throw PlanError("variable '\(path)' is already bound (to \(bound.noun)); a path variable must be new", at: element.start.location)
                }
                kinds[path] = .path
            }
        }
    }

    /// The scope with the pattern's new variables added under their kinds (no slots are handed out): what a
    /// MATCH's WHERE sees, for `StaticTypeCheck`.
    func scopeWithPatternVariables(_ patterns: [PatternPart]) -> Scope {
        var scope = currentScope
        func add(_ name: String?, _ kind: VariableKind) {
            if let name, scope.slot(of: name) == nil { scope.bind(name, to: -1, kind: kind) }
        }
        for part in patterns {
            for node in [part.element.start] + part.element.steps.map(\.node) { add(node.variable, .node) }
            for step in part.element.steps {
                add(step.relationship.variable, step.relationship.length != nil || part.shortest != nil ? .relationshipList : .relationship)
            }
            add(part.pathVariable, .path)
        }
        return scope
    }

    private static func expect(_ name: String, as wanted: VariableKind, kinds: [String: VariableKind],
                               at location: SourceLocation) throws(PlanError) {
        guard let bound = kinds[name], !bound.fits(wanted) else { return }
        throw PlanError("variable '\(name)' is \(bound.noun) and cannot be used as \(wanted.noun)", at: location)
    }

    /// What a projected expression holds: a variable's kind carries over, a constant is a value.
    static func kind(of expression: Expression, in scope: Scope) -> VariableKind {
        switch expression.kind {
        case .variable(let name): return scope.kind(of: name) ?? .unknown
        case .literal(let value): return value.isNull ? .unknown : .constant(StaticType(value))
        case .list, .map:
            guard ExpressionAnalysis.variables(in: expression).isEmpty && !containsParameter(expression) else { return .unknown }
            return .constant((try? StaticTypeCheck(scope: scope).type(of: expression)) ?? .unknown)
        default: return .unknown
        }
    }

    private static func containsParameter(_ expression: Expression) -> Bool {
        var found = false
        ExpressionAnalysis.visit(expression) { if case .parameter = $0.kind { found = true } }
        return found
    }
}
