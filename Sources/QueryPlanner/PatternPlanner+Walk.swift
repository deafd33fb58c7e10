import GraphModel
import GraphStore
import QueryAST

/// Emitting the steps of one pattern from its anchor: right along the chain, then left.
extension PatternPlanner {
    mutating func emit(_ slotted: SlottedPart, anchor: Anchor) throws(PlanError) {
        let element = slotted.part.element
        let nodes = [element.start] + element.steps.map(\.node)
        if let kind = slotted.part.shortest {
            try emitShortest(slotted, all: kind == .all)
        } else {
            start(nodes[anchor.position], slot: slotted.nodeSlots[anchor.position], seek: anchor.seek)
            for index in anchor.position..<element.steps.count {
                try walk(element.steps[index].relationship, from: slotted.nodeSlots[index],
                         to: slotted.nodeSlots[index + 1], node: nodes[index + 1],
                         relationshipSlot: slotted.relationshipSlots[index], forward: true)
            }
            for index in stride(from: anchor.position - 1, through: 0, by: -1) {
                try walk(element.steps[index].relationship, from: slotted.nodeSlots[index + 1],
                         to: slotted.nodeSlots[index], node: nodes[index],
                         relationshipSlot: slotted.relationshipSlots[index], forward: false)
            }
        }
        if let pathSlot = slotted.pathSlot {
            let segments = element.steps.indices.map {
                PathSegment(relationship: slotted.relationshipSlots[$0], node: slotted.nodeSlots[$0 + 1],
                            variableLength: element.steps[$0].relationship.length != nil || slotted.part.shortest != nil)
            }
            append(.bindPath(slot: pathSlot, start: slotted.nodeSlots[0], segments: segments))
            bind(pathSlot)
        }
    }

    private mutating func start(_ node: NodePattern, slot: Int, seek: Seek?) {
        if !isBound(slot) {
            if let seek {
                append(.seek(slot: slot, label: seek.label, key: seek.key, values: seek.values))
            } else {
                let single = node.labels.first { $0.count == 1 }?.first
                append(.scan(slot: slot, label: single))
            }
        }
        filter(node, slot: slot, sought: seek)
        bind(slot)
    }

    /// The test of a node's labels and properties, without what a seek that found it guarantees: its label, when
    /// that is the pattern's only one, and its property, when the seek looked up the pattern's own literal text,
    /// number or boolean (the index finds exactly the nodes equal to such a value).
    private mutating func filter(_ node: NodePattern, slot: Int, sought seek: Seek? = nil) {
        var labels = node.labels, properties = Self.propertyEntries(node.properties)
        if let seek {
            if let label = seek.label, labels == [[label]] { labels = [] }
            properties.removeAll { entry in
                guard entry.key == seek.key, seek.values.count == 1, entry.value.text == seek.values[0].text,
                      case .literal(let value) = entry.value.kind else { return false }
                switch value {
                case .string, .int, .bool: return true
                default: return false
                }
            }
        }
        if !labels.isEmpty || !properties.isEmpty {
            append(.nodeFilter(slot: slot, labels: labels, properties: properties))
        }
    }

    private mutating func walk(_ relationship: RelationshipPattern, from: Int, to: Int, node: NodePattern,
                               relationshipSlot: Int, forward: Bool) throws(PlanError) {
        let direction: Adjacency
        switch (relationship.direction, forward) {
        case (.either, _): direction = .either
        case (.outgoing, true), (.incoming, false): direction = .outgoing
        case (.incoming, true), (.outgoing, false): direction = .incoming
        }
        let step = ExpandStep(from: from, relationship: relationshipSlot, to: to, toIsBound: isBound(to),
                              relationshipIsBound: isBound(relationshipSlot),
                              types: relationship.types, direction: direction, hops: try hops(relationship),
                              againstPatternOrder: !forward, properties: Self.propertyEntries(relationship.properties),
                              location: relationship.location)
        append(.expand(step))
        bind(relationshipSlot)
        filter(node, slot: to)
        bind(to)
    }

    private mutating func emitShortest(_ slotted: SlottedPart, all: Bool) throws(PlanError) {
        let element = slotted.part.element
        guard element.steps.count == 1, let last = slotted.nodeSlots.last else {
            throw PlanError("shortestPath needs a pattern of exactly one relationship, like (a)-[*]-(b)", at: element.start.location)
        }
        let relationship = element.steps[0].relationship
        start(element.start, slot: slotted.nodeSlots[0], seek: nil)
        start(element.steps[0].node, slot: last, seek: nil)
        let direction: Adjacency = relationship.direction == .either ? .either : relationship.direction == .outgoing ? .outgoing : .incoming
        let range = try hops(relationship) ?? 1...1
        append(.shortestPath(ShortestPathStep(from: slotted.nodeSlots[0], to: last, relationship: slotted.relationshipSlots[0],
                                              types: relationship.types, direction: direction, hops: range, all: all,
                                              location: relationship.location)))
        bind(slotted.relationshipSlots[0])
    }

    private mutating func hops(_ relationship: RelationshipPattern) throws(PlanError) -> ClosedRange<Int>? {
        guard let length = relationship.length else { return nil }
        let minimum = length.minimum ?? 1
        let maximum: Int
        if let given = length.maximum {
            maximum = given
        } else {
            maximum = Self.defaultMaximumHops
            warnings.append("an unbounded variable-length relationship is capped at \(maximum) hops; write *..N to choose another bound")
        }
        guard minimum >= 0 else { throw PlanError("invalid hop range *\(minimum)..\(maximum): a length is never negative", at: relationship.location) }
        guard minimum <= maximum else {
            // An empty interval (`*2..1`) matches no path, as in openCypher: say so, and match nothing.
            warnings.append("the hop range *\(minimum)..\(maximum) is empty: its lower bound exceeds the upper, so the pattern matches nothing")
            append(.filter(Expression(.literal(.bool(false)), location: relationship.location, text: "false")))
            return minimum...minimum
        }
        return minimum...maximum
    }

    static func propertyEntries(_ expression: Expression?) -> [(key: String, value: Expression)] {
        guard let expression, case .map(let entries) = expression.kind else { return [] }
        return entries.map { (key: $0.key, value: $0.value) }
    }
}
