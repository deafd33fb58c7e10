import GraphModel
import GraphStore

/// Runs a `ColumnarAggregation` for each incoming row and hands on one row per group, in order of first
/// appearance, as `AggregateStage` does.
final class ColumnarAggregateStage: RowSink {
    /// The running count and float sum of one call for one group.
    private struct Tally {
        var count = 0
        var sum = 0.0
    }

    private struct Group {
        var row: ContiguousArray<Value>
        var tallies: [Tally]
    }

    private let shape: ColumnarAggregation
    private let outputs: [(slot: Int, value: Evaluator)]
    private let next: RowSink
    private var groups: [GroupingKey: Int] = [:]
    private var ordered: [Group] = []

    init(_ shape: ColumnarAggregation, outputs: [(slot: Int, value: Evaluator)], next: RowSink) {
        self.shape = shape
        self.outputs = outputs
        self.next = next
    }

    func push(_ frame: Frame) throws(QueryError) -> Bool {
        let store = frame.context.store
        let location = SourceLocation(line: 1, column: 1)
        let filters = shape.filters.map { ($0.access.handle(in: store), $0.text.resolved(in: store)) }
        let keys = shape.keys.map { ($0.slot, $0.access.handle(in: store)) }
        let arguments = shape.calls.map { $0.access.map { $0.handle(in: store) } }
        nodes: for node in store.nodes(labeled: shape.label) {
            try frame.context.checkCancelled(at: location)
            for (key, text) in filters {
                guard let key, store.property(key, of: node, equals: text) == true else { continue nodes }
            }
            let keyValues = keys.map { $0.1.map { store.property($0, of: node) } ?? .null }
            let groupKey = GroupingKey(.list(keyValues))
            let index: Int
            if let existing = groups[groupKey] {
                index = existing
            } else {
                index = ordered.count
                groups[groupKey] = index
                var row = frame.row
                row[shape.slot] = .node(node)
                for ((slot, _), value) in zip(keys, keyValues) { row[slot] = value }
                ordered.append(Group(row: row, tallies: Array(repeating: Tally(), count: shape.calls.count)))
            }
            for (position, argument) in arguments.enumerated() {
                guard let argument else {
                    ordered[index].tallies[position].count += 1
                    continue
                }
                switch argument.map({ store.property($0, of: node) }) ?? .null {
                case .null: break
                case .float(let number):
                    ordered[index].tallies[position].count += 1
                    ordered[index].tallies[position].sum += number
                default:
                    ordered[index].tallies[position].count += 1
                }
            }
        }
        return true
    }

    func finish(_ frame: Frame) throws(QueryError) {
        if ordered.isEmpty && shape.keys.isEmpty {
            ordered.append(Group(row: frame.row, tallies: Array(repeating: Tally(), count: shape.calls.count)))
        }
        for group in ordered {
            frame.row = group.row
            frame.aggregates = zip(group.tallies, shape.calls).map { tally, call in
                switch call.function {
                case "count": return .int(Int64(tally.count))
                case "sum": return tally.count == 0 ? .int(0) : .float(tally.sum)
                default: return tally.count == 0 ? .null : .float(tally.sum / Double(tally.count))
                }
            }
            let values = try outputs.map { output throws(QueryError) in try output.value(frame) }
            for (output, value) in zip(outputs, values) { frame.row[output.slot] = value }
            guard try next.push(frame) else { break }
        }
        ordered = []
        groups = [:]
        try next.finish(frame)
    }
}
