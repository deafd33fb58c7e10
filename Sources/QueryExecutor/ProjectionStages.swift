import GraphModel

/// Evaluates the items of a non-aggregating projection into their output slots.
final class ComputeStage: RowSink {
    private let items: [(slot: Int, value: Evaluator)]
    private let next: RowSink

    init(items: [(slot: Int, value: Evaluator)], next: RowSink) {
        self.items = items
        self.next = next
    }

    func push(_ frame: Frame) throws(QueryError) -> Bool {
        let values = try items.map { item throws(QueryError) in try item.value(frame) }
        for (item, value) in zip(items, values) { frame.row[item.slot] = value }
        return try next.push(frame)
    }

    func finish(_ frame: Frame) throws(QueryError) { try next.finish(frame) }
}

/// Groups rows by the values of the non-aggregating items and, when the input ends, emits one row per group
/// with the aggregates computed (one row with empty aggregates when there are no keys and no rows).
final class AggregateStage: RowSink {
    private let keys: [(slot: Int, value: Evaluator)]
    private let outputs: [(slot: Int, value: Evaluator)]
    private let calls: [AggregateCollector.Call]
    private let next: RowSink
    private var table = GroupTable<[Accumulator]>()

    init(keys: [(slot: Int, value: Evaluator)], outputs: [(slot: Int, value: Evaluator)], calls: [AggregateCollector.Call], next: RowSink) {
        self.keys = keys
        self.outputs = outputs
        self.calls = calls
        self.next = next
    }

    func push(_ frame: Frame) throws(QueryError) -> Bool {
        let keyValues = try keys.map { key throws(QueryError) in try key.value(frame) }
        let index = table.index(of: keyValues) { openGroup(frame.row, keyValues: keyValues) }
        for (position, call) in calls.enumerated() {
            let argument = try call.argument.map { evaluate throws(QueryError) in try evaluate(frame) }
            let parameter = try call.parameter?(frame) ?? .null
            table.update(index) { $0[position].add(argument, parameter: parameter) }
        }
        return true
    }

    func finish(_ frame: Frame) throws(QueryError) {
        if keys.isEmpty { table.ensureOneGroup { openGroup(frame.row, keyValues: []) } }
        for group in table.drain() {
            let aggregates = try zip(group.state, calls).map { pair throws(QueryError) in try pair.0.result(at: pair.1.location) }
            guard try Self.emit(group.row, aggregates: aggregates, outputs: outputs, frame: frame, next: next) else { break }
        }
        try next.finish(frame)
    }

    private func openGroup(_ row: ContiguousArray<Value>, keyValues: [Value]) -> GroupTable<[Accumulator]>.Group {
        var row = row
        for (key, value) in zip(keys, keyValues) { row[key.slot] = value }
        return .init(row: row, state: calls.map { Accumulator(function: $0.function, distinct: $0.distinct) })
    }

    /// Writes a group's aggregated items into its row and hands the row on; false when no more are wanted.
    static func emit(_ row: ContiguousArray<Value>, aggregates: [Value], outputs: [(slot: Int, value: Evaluator)],
                     frame: Frame, next: RowSink) throws(QueryError) -> Bool {
        frame.row = row
        frame.aggregates = aggregates
        let values = try outputs.map { output throws(QueryError) in try output.value(frame) }
        for (output, value) in zip(outputs, values) { frame.row[output.slot] = value }
        return try next.push(frame)
    }
}

/// `DISTINCT`: passes on the first row of each combination of the projected values.
final class DistinctStage: RowSink {
    private let slots: [Int]
    private let next: RowSink
    private var seen: Set<GroupingKey> = []

    init(slots: [Int], next: RowSink) {
        self.slots = slots
        self.next = next
    }

    func push(_ frame: Frame) throws(QueryError) -> Bool {
        guard seen.insert(GroupingKey(.list(slots.map { frame.row[$0] }))).inserted else { return true }
        return try next.push(frame)
    }

    func finish(_ frame: Frame) throws(QueryError) { try next.finish(frame) }
}

/// `ORDER BY`: holds the rows, then passes them on sorted (stable, in openCypher's total order). With a
/// `SKIP`/`LIMIT` after it only the first `keep` rows can ever be wanted, so it holds at most about twice that
/// many, sorting and dropping the rest as rows come: the top ten of a thousand groups need no full sort. After
/// the first such cut, a row that sorts after the last row kept is dropped as it comes, with one comparison.
final class SortStage: RowSink {
    private let keys: [(value: Evaluator, ascending: Bool)]
    private let directions: [Bool]
    private let keep: Int
    private let next: RowSink
    /// Each row with its sort keys and arrival number, which breaks ties so the sort stays stable.
    private var rows: [(keys: [Value], arrival: Int, row: ContiguousArray<Value>)] = []
    private var arrivals = 0
    /// The keys of the last row kept at the latest cut: a row arriving later that does not sort before them
    /// (a tie included, as it arrived later) can never be among the first `keep`.
    private var cutoff: [Value]?

    init(keys: [(value: Evaluator, ascending: Bool)], keep: Int = .max, next: RowSink) {
        self.keys = keys
        directions = keys.map(\.ascending)
        self.keep = keep
        self.next = next
    }

    func push(_ frame: Frame) throws(QueryError) -> Bool {
        let values = try keys.map { key throws(QueryError) in try key.value(frame) }
        arrivals += 1
        if let cutoff, order(values, cutoff) >= 0 { return true }
        rows.append((values, arrivals, frame.row))
        if keep < Int.max / 2 && rows.count >= 2 * keep + 64 {
            sortRows()
            rows.removeLast(rows.count - keep)
            cutoff = rows.last?.keys
        }
        return true
    }

    func finish(_ frame: Frame) throws(QueryError) {
        sortRows()
        let sorted = rows.prefix(keep)
        rows = []
        for entry in sorted {
            frame.row = entry.row
            guard try next.push(frame) else { break }
        }
        try next.finish(frame)
    }

    private func sortRows() {
        rows.sort { a, b in
            let order = order(a.keys, b.keys)
            return order != 0 ? order < 0 : a.arrival < b.arrival
        }
    }

    /// Negative when keys `a` sort before keys `b`, positive after, 0 for a tie.
    private func order(_ a: [Value], _ b: [Value]) -> Int {
        for (index, ascending) in directions.enumerated() {
            let order = ValueComparison.sortOrder(a[index], b[index])
            if order != 0 { return ascending ? order : -order }
        }
        return 0
    }
}

/// `SKIP` and `LIMIT`: stops asking for rows once the limit is reached.
final class SliceStage: RowSink {
    private var toSkip: Int
    private var remaining: Int
    private let next: RowSink

    init(skip: Int, limit: Int, next: RowSink) {
        toSkip = skip
        remaining = limit
        self.next = next
    }

    func push(_ frame: Frame) throws(QueryError) -> Bool {
        if toSkip > 0 {
            toSkip -= 1
            return true
        }
        guard remaining > 0 else { return false }
        remaining -= 1
        return try next.push(frame) && remaining > 0
    }

    func finish(_ frame: Frame) throws(QueryError) { try next.finish(frame) }
}
