import GraphModel
import GraphStore
import QueryAST

/// Choosing where a pattern starts, and walking it from there.
extension PatternPlanner {
    /// Where to start a pattern and what that costs (an estimate of the nodes it yields).
    struct Anchor {
        let position: Int
        let cost: Int
        let seek: (label: String, key: String, value: Expression)?
    }

    func anchor(of slotted: SlottedPart, conjuncts predicate: Expression?) -> Anchor {
        let nodes = [slotted.part.element.start] + slotted.part.element.steps.map(\.node)
        var best = Anchor(position: 0, cost: Int.max, seek: nil)
        for (position, node) in nodes.enumerated() {
            let candidate = anchorCost(node, slot: slotted.nodeSlots[position], position: position, predicate: predicate)
            if candidate.cost < best.cost { best = candidate }
        }
        return best
    }

    private func anchorCost(_ node: NodePattern, slot: Int, position: Int, predicate: Expression?) -> Anchor {
        if isBound(slot) { return Anchor(position: position, cost: 0, seek: nil) }
        let singleLabels = node.labels.filter { $0.count == 1 }.map { $0[0] }
        var best = Anchor(position: position, cost: labelCost(node.labels), seek: nil)
        for (key, value) in equalities(of: node, predicate: predicate) where ExpressionAnalysis.variables(in: value).isEmpty {
            for label in singleLabels {
                let cost = seekCost(label: label, key: key, value: value)
                if cost < best.cost { best = Anchor(position: position, cost: cost, seek: (label, key, value)) }
            }
        }
        return best
    }

    /// `{key: value}` of the pattern and `v.key = value` conjuncts of the WHERE.
    private func equalities(of node: NodePattern, predicate: Expression?) -> [(String, Expression)] {
        var result: [(String, Expression)] = []
        if let properties = node.properties, case .map(let entries) = properties.kind {
            result += entries.map { ($0.key, $0.value) }
        }
        guard let variable = node.variable, let predicate else { return result }
        for conjunct in ExpressionAnalysis.conjuncts(predicate) {
            guard case .binary(.equal, let left, let right) = conjunct.kind else { continue }
            for (side, other) in [(left, right), (right, left)] {
                if case .property(let subject, let key) = side.kind, case .variable(variable) = subject.kind {
                    result.append((key, other))
                }
            }
        }
        return result
    }

    private func seekCost(label: String, key: String, value: Expression) -> Int {
        guard case .literal(let literal) = value.kind else { return 10 }
        return store.nodes(labeled: label, where: key, equals: literal).count
    }

    private func labelCost(_ labels: [[String]]) -> Int {
        let groups = labels.map { group in group.reduce(0) { $0 + store.count(labeled: $1) } }
        return (groups.min() ?? store.nodeCount) + 1
    }

    func isBound(_ slot: Int) -> Bool { boundSlots.contains(slot) }
}
