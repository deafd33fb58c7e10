import GraphModel
import GraphStore
import QueryAST

/// Choosing where a pattern starts, and walking it from there.
extension PatternPlanner {
    /// An index seek: the nodes of a label (any node: `nil`) whose property equals one of the values.
    typealias Seek = (label: String?, key: String, values: [Expression])

    /// Where to start a pattern and what that costs (an estimate of the nodes it yields).
    struct Anchor {
        let position: Int
        let cost: Int
        let seek: Seek?
    }

    /// The cheapest place to start: the rows the start yields times the estimated fan-out of every hop walked
    /// from there, so that one partner with thousands of measurements is not preferred to a seek on a period
    /// whose measurements each have one product.
    func anchor(of slotted: SlottedPart, conjuncts predicate: Expression?) -> Anchor {
        let nodes = [slotted.part.element.start] + slotted.part.element.steps.map(\.node)
        var best = Anchor(position: 0, cost: Int.max, seek: nil)
        for (position, node) in nodes.enumerated() {
            let start = anchorCost(node, slot: slotted.nodeSlots[position], position: position, predicate: predicate)
            let cost = Int(min(Double(start.cost) * walkFanOut(slotted.part.element, from: position), Double(Int.max / 2)))
            if cost < best.cost { best = Anchor(position: position, cost: cost, seek: start.seek) }
        }
        return best
    }

    /// The product of the estimated fan-outs of the hops walked from `position`: right along the chain, then left.
    private func walkFanOut(_ element: PatternElement, from position: Int) -> Double {
        let nodes = [element.start] + element.steps.map(\.node)
        var product = 1.0
        for index in position..<element.steps.count {
            product *= fanOut(element.steps[index].relationship, from: nodes[index])
        }
        for index in stride(from: position - 1, through: 0, by: -1) {
            product *= fanOut(element.steps[index].relationship, from: nodes[index + 1])
        }
        return product
    }

    /// Relationships of the pattern's types per node of the label walked from (both directions count for an
    /// undirected hop), times the hops of a variable-length one.
    private func fanOut(_ relationship: RelationshipPattern, from node: NodePattern) -> Double {
        let counts = store.relationshipTypeCounts
        let edges = relationship.types.isEmpty ? store.relationshipCount
            : counts.filter { relationship.types.contains($0.name) }.reduce(0) { $0 + $1.count }
        let sides = relationship.direction == .either ? 2.0 : 1.0
        let nodes = max(1, labelCost(node.labels) - 1)
        let hops = Double(relationship.length.map { $0.maximum ?? Self.defaultMaximumHops } ?? 1)
        return max(Double(edges) * sides / Double(nodes), 0.01) * max(hops, 1)
    }

    private func anchorCost(_ node: NodePattern, slot: Int, position: Int, predicate: Expression?) -> Anchor {
        if isBound(slot) { return Anchor(position: position, cost: 0, seek: nil) }
        // A seek needs one label the node must carry; a node without labels seeks the index over all nodes.
        let singleLabels: [String?] = node.labels.isEmpty ? [nil] : node.labels.filter { $0.count == 1 }.map { $0[0] }
        var best = Anchor(position: position, cost: labelCost(node.labels), seek: nil)
        for (key, values) in equalities(of: node, predicate: predicate)
        where values.allSatisfy({ ExpressionAnalysis.variables(in: $0).isEmpty }) {
            for label in singleLabels {
                let cost = values.reduce(0) { $0 + seekCost(label: label, key: key, value: $1) }
                if cost < best.cost { best = Anchor(position: position, cost: cost, seek: (label, key, values)) }
            }
        }
        return best
    }

    /// `{key: value}` of the pattern, `v.key = value` conjuncts of the WHERE (one value each) and
    /// `v.key IN [a, b, ...]` conjuncts with a list written out (its elements): `m.id IN ['m-1', 'm-2']` seeks two
    /// ids instead of scanning the label.
    private func equalities(of node: NodePattern, predicate: Expression?) -> [(String, [Expression])] {
        var result: [(String, [Expression])] = []
        if let properties = node.properties, case .map(let entries) = properties.kind {
            result += entries.map { ($0.key, [$0.value]) }
        }
        guard let variable = node.variable, let predicate else { return result }
        func key(_ side: Expression) -> String? {
            guard case .property(let subject, let key) = side.kind, case .variable(variable) = subject.kind else { return nil }
            return key
        }
        for conjunct in ExpressionAnalysis.conjuncts(predicate) {
            switch conjunct.kind {
            case .binary(.equal, let left, let right):
                if let key = key(left) { result.append((key, [right])) }
                if let key = key(right) { result.append((key, [left])) }
            case .binary(.in, let left, let right):
                guard let key = key(left) else { continue }
                if case .list(let elements) = right.kind { result.append((key, elements)) }
            default:
                continue
            }
        }
        return result
    }

    private func seekCost(label: String?, key: String, value: Expression) -> Int {
        guard case .literal(let literal) = value.kind else { return 10 }
        return store.nodes(labeled: label, where: key, equals: literal).count
    }

    private func labelCost(_ labels: [[String]]) -> Int {
        let groups = labels.map { group in group.reduce(0) { $0 + store.count(labeled: $1) } }
        return (groups.min() ?? store.nodeCount) + 1
    }

    func isBound(_ slot: Int) -> Bool { boundSlots.contains(slot) }
}
