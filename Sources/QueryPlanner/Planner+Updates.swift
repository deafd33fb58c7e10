import GraphModel
import QueryAST

/// CREATE, MERGE, SET, DELETE, REMOVE.
extension Planner {
    mutating func planUpdate(_ clause: Clause) throws(PlanError) -> PlanOperator {
        switch clause {
        case .create(let create):
            return .create(try planCreate(create.patterns))
        case .merge(let merge):
            let before = currentScope
            try checkCreatable(merge.pattern, directed: false)
            try checkPatternVariables([merge.pattern])
            try checkMergeNodes(merge.pattern)
            var planner = PatternPlanner(store: graph, scope: currentScope, allocator: slotAllocator)
            let match = try planner.plan([merge.pattern], predicate: nil, optional: false)
            slotAllocator = planner.allocator
            let create = CreatePlan(patterns: [merge.pattern], scope: planner.scope, inputScope: before)
            replaceScope(planner.scope)
            for item in merge.onCreate + merge.onMatch { try check(item) }
            return .merge(MergePlan(match: match, create: create, onCreate: merge.onCreate, onMatch: merge.onMatch))
        case .set(let set):
            for item in set.items { try check(item) }
            return .set(items: set.items, scope: currentScope)
        case .delete(let delete):
            for target in delete.targets { try check(target) }
            return .delete(delete, scope: currentScope)
        case .remove(let remove):
            for item in remove.items {
                switch item {
                case .property(let target, _): try check(target)
                case .labels(let variable, _): try checkVariable(variable, at: remove.location)
                }
            }
            return .remove(items: remove.items, scope: currentScope)
        case .match, .unwind, .with, .return:
            throw PlanError("not an updating clause", at: SourceLocation(line: 1, column: 1))
        }
    }

    private mutating func planCreate(_ patterns: [PatternPart]) throws(PlanError) -> CreatePlan {
        var scope = currentScope
        try checkPatternVariables(patterns)
        for part in patterns {
            try checkCreatable(part, directed: true)
            for step in part.element.steps {
                let relationship = step.relationship
                if let name = relationship.variable {
                    if scope.slot(of: name) != nil { throw PlanError("variable '\(name)' is already defined; CREATE makes a new relationship", at: relationship.location) }
                    scope.bind(name, to: slotAllocator.next(), kind: .relationship)
                }
            }
            for node in [part.element.start] + part.element.steps.map(\.node) {
                // A node's properties may read the nodes this CREATE made before it: `CREATE (a), (:B {num: a.id})`.
                if let properties = node.properties { try check(properties, in: scope) }
                guard let name = node.variable else { continue }
                if scope.slot(of: name) == nil {
                    scope.bind(name, to: slotAllocator.next(), kind: .node)
                } else if !node.labels.isEmpty || node.properties != nil {
                    throw PlanError("variable '\(name)' is already defined; refer to it without labels or properties", at: node.location)
                } else if part.element.steps.isEmpty {
                    throw PlanError("variable '\(name)' is already defined; CREATE (\(name)) would make no new node", at: node.location)
                }
            }
            if let path = part.pathVariable { scope.bind(path, to: slotAllocator.next(), kind: .path) }
        }
        let before = currentScope
        replaceScope(scope)
        return CreatePlan(patterns: patterns, scope: scope, inputScope: before)
    }

    /// A node that MERGE would bind again: a lone bound node, or a bound node with labels or properties.
    private func checkMergeNodes(_ part: PatternPart) throws(PlanError) {
        for node in [part.element.start] + part.element.steps.map(\.node) {
            guard let name = node.variable, currentScope.slot(of: name) != nil else { continue }
            if part.element.steps.isEmpty || !node.labels.isEmpty || node.properties != nil {
                throw PlanError("variable '\(name)' is already defined; MERGE can only refer to it without labels or properties, in a pattern with a relationship",
                                at: node.location)
            }
        }
    }

    /// CREATE and MERGE make each relationship of their pattern: it needs one type, a fixed length and (for
    /// CREATE) a direction.
    private func checkCreatable(_ part: PatternPart, directed: Bool) throws(PlanError) {
        let clause = directed ? "CREATE" : "MERGE"
        if part.shortest != nil { throw PlanError("\(clause) cannot create a shortestPath", at: part.element.start.location) }
        for step in part.element.steps {
            let relationship = step.relationship
            guard relationship.types.count == 1, relationship.length == nil, !directed || relationship.direction != .either else {
                throw PlanError("\(clause) needs each relationship to have one type\(directed ? " and a direction" : ""), like -[:PART_OF]->",
                                at: relationship.location)
            }
        }
    }

    private mutating func check(_ item: SetItem) throws(PlanError) {
        switch item {
        case .property(let target, _, let value):
            try check(target)
            try check(value)
        case .properties(let variable, let value, _):
            try checkVariable(variable, at: value.location)
            try check(value)
        case .labels(let variable, _):
            try checkVariable(variable, at: SourceLocation(line: 1, column: 1))
        }
    }

    private func checkVariable(_ name: String, at location: SourceLocation) throws(PlanError) {
        if currentScope.slot(of: name) == nil { throw Self.undefined(name, at: location, scope: currentScope) }
    }
}
