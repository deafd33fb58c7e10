import GraphModel
import GraphStore

/// Runs a `ColumnarAggregation` for each incoming row and hands on one row per group, in order of first
/// appearance, as `AggregateStage` does.
final class ColumnarAggregateStage: RowSink {
    /// The running count and float sum of one call for one group.
    private struct Tally {
        var count = 0
        var sum = 0.0

        /// Counts a value (`nil` for `count(*)`); nulls are skipped and floats summed.
        mutating func add(_ value: Value?) {
            guard let value else {
                count += 1
                return
            }
            switch value {
            case .null: return
            case .float(let number): sum += number
            default: break
            }
            count += 1
        }
    }

    private let shape: ColumnarAggregation
    private let outputs: [(slot: Int, value: Evaluator)]
    private let next: RowSink
    private var table = GroupTable<[Tally]>()

    init(_ shape: ColumnarAggregation, outputs: [(slot: Int, value: Evaluator)], next: RowSink) {
        self.shape = shape
        self.outputs = outputs
        self.next = next
    }

    func push(_ frame: Frame) throws(QueryError) -> Bool {
        let store = frame.context.store
        let location = SourceLocation(line: 1, column: 1)
        if let coded = CodedAggregation(shape, store: store) {
            add(try coded.run { () throws(QueryError) in try frame.context.checkCancelled(at: location) }, frame: frame)
            return true
        }
        let filters = shape.filters.map { ($0.access.handle(in: store), $0.text.resolved(in: store)) }
        let keys = shape.keys.map { ($0.slot, $0.access.handle(in: store)) }
        let arguments = shape.calls.map { $0.access.map { $0.handle(in: store) } }
        var nodes = store.nodes(labeled: shape.label)
        for (key, text) in filters {
            guard let key else { return true }
            nodes = store.nodes(nodes, where: key, equals: text)
        }
        for node in nodes {
            try frame.context.checkCancelled(at: location)
            let keyValues = keys.map { $0.1.map { store.property($0, of: node) } ?? .null }
            let index = table.index(of: keyValues) {
                var row = frame.row
                row[shape.slot] = .node(node)
                for ((slot, _), value) in zip(keys, keyValues) { row[slot] = value }
                return .init(row: row, state: Array(repeating: Tally(), count: shape.calls.count))
            }
            let values = arguments.map { argument in argument.map { $0.map { store.property($0, of: node) } ?? .null } }
            table.update(index) { tallies in
                for (position, value) in values.enumerated() { tallies[position].add(value) }
            }
        }
        return true
    }

    /// Merges the groups of the coded loop into the table, as the general loop would have opened them.
    private func add(_ groups: CodedAggregation.Groups, frame: Frame) {
        let store = frame.context.store
        let calls = shape.calls.count
        for (group, key) in groups.keys.enumerated() {
            let keyValues: [Value] = shape.keys.map { _ in key.code == 0 ? .null : .string(store.text(ofCode: key.code)) }
            let index = table.index(of: keyValues) {
                var row = frame.row
                row[shape.slot] = .node(key.firstNode)
                for ((slot, _), value) in zip(shape.keys, keyValues) { row[slot] = value }
                return .init(row: row, state: Array(repeating: Tally(), count: calls))
            }
            table.update(index) { tallies in
                for call in 0..<calls {
                    tallies[call].count += groups.counts[group * calls + call]
                    tallies[call].sum += groups.sums[group * calls + call]
                }
            }
        }
    }

    func finish(_ frame: Frame) throws(QueryError) {
        if shape.keys.isEmpty {
            table.ensureOneGroup { .init(row: frame.row, state: Array(repeating: Tally(), count: shape.calls.count)) }
        }
        for group in table.drain() {
            let aggregates: [Value] = zip(group.state, shape.calls).map { tally, call in
                switch call.function {
                case "count": return .int(Int64(tally.count))
                case "sum": return tally.count == 0 ? .int(0) : .float(tally.sum)
                default: return tally.count == 0 ? .null : .float(tally.sum / Double(tally.count))
                }
            }
            guard try AggregateStage.emit(group.row, aggregates: aggregates, outputs: outputs, frame: frame, next: next) else { break }
        }
        try next.finish(frame)
    }
}
