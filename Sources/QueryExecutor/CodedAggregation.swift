import GraphModel
import GraphStore

/// The inner loop of a `ColumnarAggregation` when its columns allow it: every filter and the grouping key (at
/// most one) on pooled text columns, every summed property a float column. Nodes are then filtered and grouped
/// by pool codes, in one pass over the label's nodes that builds no `Value` and hashes no text (Q6: a
/// million measurements filtered on metric and flow and summed by period).
struct CodedAggregation {
    /// The groups, in order of first appearance.
    struct Groups {
        /// Per group, its key's code (0 for null) and the first node in it.
        var keys: [(code: UInt32, firstNode: NodeID)] = []
        /// Per group and call (`group * calls + call`), how many values were counted and their float sum.
        var counts: [Int] = []
        var sums: [Double] = []
    }

    private enum Argument {
        case row
        case number(ColumnView)
        case present(ColumnView)
    }

    private let nodes: [NodeID]
    private let filters: [(column: ColumnView, code: UInt32)]
    private let key: ColumnView?
    private let arguments: [Argument]
    private let codeCount: Int

    /// The loop for the shape in this store, or `nil` when a column is of another kind (the general loop runs).
    /// A filter on an unknown key or text matches nothing, and an unknown property has no values.
    init?(_ shape: ColumnarAggregation, store: GraphStore) {
        guard shape.keys.count <= 1 else { return nil }
        var filters: [(ColumnView, UInt32)] = [], matchesNothing = false
        for filter in shape.filters {
            guard let handle = filter.access.handle(in: store), let code = store.code(of: filter.text.resolved(in: store)) else {
                matchesNothing = true
                continue
            }
            guard let column = store.pooledTextColumn(handle) else { return nil }
            filters.append((column, code))
        }
        var key: ColumnView?
        if let handle = shape.keys.first?.access.handle(in: store) {
            guard let column = store.pooledTextColumn(handle) else { return nil }
            key = column
        }
        var arguments: [Argument] = []
        for call in shape.calls {
            guard let access = call.access else {
                arguments.append(.row)
                continue
            }
            guard let handle = access.handle(in: store) else {
                arguments.append(.present(.empty))
                continue
            }
            if call.function == "count" {
                guard let column = store.floatColumn(handle) ?? store.pooledTextColumn(handle) else { return nil }
                arguments.append(.present(column))
            } else {
                guard let column = store.floatColumn(handle) else { return nil }
                arguments.append(.number(column))
            }
        }
        (self.filters, self.key, self.arguments) = (filters, key, arguments)
        nodes = matchesNothing ? [] : store.nodes(labeled: shape.label)
        codeCount = store.pooledTextCount + 1
    }

    /// The groups of the nodes that pass every filter. Runs column by column — each filter narrows the nodes in
    /// one tight loop over its codes, then groups are assigned, then each call reads its column — and checks
    /// for cancellation between the passes.
    func run(_ checkCancelled: () throws(QueryError) -> Void) throws(QueryError) -> Groups {
        var selected = nodes
        for filter in filters {
            try checkCancelled()
            selected = filter.column.nodes(selected, withCode: filter.code)
        }
        try checkCancelled()
        var groups = Groups()
        let memberships = assignGroups(selected, to: &groups)
        let calls = arguments.count
        var counts = [Int](repeating: 0, count: groups.keys.count * calls)
        var sums = [Double](repeating: 0, count: groups.keys.count * calls)
        for (call, argument) in arguments.enumerated() {
            try checkCancelled()
            counts.withUnsafeMutableBufferPointer { counts in
                sums.withUnsafeMutableBufferPointer { sums in
                    Self.tally(argument, selected, memberships, into: counts, sums, slot: { Int($0) * calls + call })
                }
            }
        }
        (groups.counts, groups.sums) = (counts, sums)
        return groups
    }

    /// Counts (and sums) one call's values into each node's group.
    private static func tally(_ argument: Argument, _ selected: [NodeID], _ memberships: [Int32],
                              into counts: UnsafeMutableBufferPointer<Int>, _ sums: UnsafeMutableBufferPointer<Double>,
                              slot: (Int32) -> Int) {
        switch argument {
        case .row:
            for group in memberships { counts[slot(group)] += 1 }
        case .number(let column):
            for (node, group) in zip(selected, memberships) {
                guard let number = column.float(of: node) else { continue }
                counts[slot(group)] += 1
                sums[slot(group)] += number
            }
        case .present(let column):
            for (node, group) in zip(selected, memberships) where column.code(of: node) != 0 || column.float(of: node) != nil {
                counts[slot(group)] += 1
            }
        }
    }

    /// The group of each node, opening groups in order of first appearance.
    private func assignGroups(_ selected: [NodeID], to groups: inout Groups) -> [Int32] {
        var groupOfCode = [Int32](repeating: -1, count: codeCount)
        var memberships: [Int32] = []
        memberships.reserveCapacity(selected.count)
        let key = key ?? .empty
        for node in selected {
            let code = key.code(of: node)
            if groupOfCode[Int(code)] < 0 {
                groupOfCode[Int(code)] = Int32(groups.keys.count)
                groups.keys.append((code, node))
            }
            memberships.append(groupOfCode[Int(code)])
        }
        return memberships
    }
}
