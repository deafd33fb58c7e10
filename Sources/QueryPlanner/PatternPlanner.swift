import GraphModel
import GraphStore
import QueryAST

/// Plans the matching of a list of patterns: gives every variable a slot, starts each pattern at its most
/// selective node (a bound variable, an index seek, the smallest label), walks the chain outwards along
/// adjacency, and places each WHERE conjunct right after the step that binds the last variable it reads.
struct PatternPlanner {
    /// The default cap on an unbounded `*`, documented in the README.
    static let defaultMaximumHops = 25

    let store: GraphStore
    var scope: Scope
    var allocator: SlotAllocator
    var warnings: [String] = []
    private(set) var boundSlots: Set<Int> = []
    private(set) var steps: [MatchStep] = []
    private var pending: [(expression: Expression, needs: Set<Int>)] = []
    private var newSlots: [Int] = []

    init(store: GraphStore, scope: Scope, allocator: SlotAllocator) {
        self.store = store
        self.scope = scope
        self.allocator = allocator
        boundSlots = Set(scope.slots.values)
    }

    /// The plan for `patterns` filtered by `predicate`.
    mutating func plan(_ patterns: [PatternPart], predicate: Expression?, optional: Bool) throws(PlanError) -> MatchPlan {
        let parts = patterns.map { assignSlots($0) }
        for conjunct in predicate.map(ExpressionAnalysis.conjuncts) ?? [] {
            pending.append((conjunct, try needs(of: conjunct)))
        }
        placeFilters()
        var remaining = parts
        while !remaining.isEmpty {
            let costs = remaining.map { anchor(of: $0, conjuncts: predicate) }
            let best = costs.indices.min { costs[$0].cost < costs[$1].cost } ?? 0
            try emit(remaining[best], anchor: costs[best])
            remaining.remove(at: best)
        }
        return MatchPlan(optional: optional, steps: steps, boundSlots: newSlots, scope: scope)
    }

    // MARK: Slots

    /// A pattern part with every node and relationship given a slot.
    struct SlottedPart {
        let part: PatternPart
        let nodeSlots: [Int]
        let relationshipSlots: [Int]
        let pathSlot: Int?
    }

    private mutating func assignSlots(_ part: PatternPart) -> SlottedPart {
        let nodes = [part.element.start] + part.element.steps.map(\.node)
        let nodeSlots = nodes.map { slot(for: $0.variable, kind: .node) }
        let relationshipSlots = part.element.steps.map { step in
            slot(for: step.relationship.variable,
                 kind: step.relationship.length != nil || part.shortest != nil ? .relationshipList : .relationship)
        }
        let pathSlot = part.pathVariable.map { slot(for: $0, kind: .path) }
        return SlottedPart(part: part, nodeSlots: nodeSlots, relationshipSlots: relationshipSlots, pathSlot: pathSlot)
    }

    private mutating func slot(for variable: String?, kind: VariableKind) -> Int {
        if let variable, let existing = scope.slot(of: variable) { return existing }
        let slot = allocator.next()
        newSlots.append(slot)
        if let variable { scope.bind(variable, to: slot, kind: kind) }
        return slot
    }

    // MARK: Filters

    private func needs(of expression: Expression) throws(PlanError) -> Set<Int> {
        var slots: Set<Int> = []
        for variable in ExpressionAnalysis.variables(in: expression) {
            if let slot = scope.slot(of: variable.name) {
                slots.insert(slot)
            } else if !variable.inPattern {
                throw Planner.undefined(variable.name, at: variable.location, scope: scope)
            }
        }
        return slots
    }

    private mutating func placeFilters() {
        pending.removeAll { item in
            guard item.needs.isSubset(of: boundSlots) else { return false }
            steps.append(.filter(item.expression))
            return true
        }
    }

    /// Marks a slot bound and places every filter that now has all it needs.
    mutating func bind(_ slot: Int) {
        boundSlots.insert(slot)
        placeFilters()
    }

    /// Appends a step.
    mutating func append(_ step: MatchStep) { steps.append(step) }
}
