import GraphModel

/// A stage of a running query part. Rows are pushed through the stages one at a time; a stage that needs
/// all rows first (sorting, aggregation, writes) holds them until `finish`.
protocol RowSink: AnyObject {
    /// Takes one row; returns false when no more rows are wanted (a LIMIT was reached).
    func push(_ frame: Frame) throws(QueryError) -> Bool
    /// No more rows will come.
    func finish(_ frame: Frame) throws(QueryError)
}

/// The last stage: keeps the values of the result columns.
final class ResultCollector: RowSink {
    private let slots: [Int]
    private(set) var rows: [[Value]] = []

    init(slots: [Int]) { self.slots = slots }

    func push(_ frame: Frame) throws(QueryError) -> Bool {
        if !slots.isEmpty { rows.append(slots.map { frame.row[$0] }) }
        return true
    }

    func finish(_ frame: Frame) throws(QueryError) {}
}

/// Passes on the rows a predicate accepts.
final class FilterStage: RowSink {
    private let predicate: Evaluator
    private let next: RowSink

    init(predicate: @escaping Evaluator, next: RowSink) {
        self.predicate = predicate
        self.next = next
    }

    func push(_ frame: Frame) throws(QueryError) -> Bool {
        try predicate(frame) == .bool(true) ? try next.push(frame) : true
    }

    func finish(_ frame: Frame) throws(QueryError) { try next.finish(frame) }
}

/// Holds every row until the input ends: a writing clause sees the rows its input produced before it
/// changed the graph, never rows its own changes created.
final class EagerStage: RowSink {
    private let next: RowSink
    private var rows: [ContiguousArray<Value>] = []

    init(next: RowSink) { self.next = next }

    func push(_ frame: Frame) throws(QueryError) -> Bool {
        rows.append(frame.row)
        return true
    }

    func finish(_ frame: Frame) throws(QueryError) {
        for row in rows {
            frame.row = row
            guard try next.push(frame) else { break }
        }
        rows = []
        try next.finish(frame)
    }
}

/// `UNWIND`: one row per element; none for an empty list or null; a non-list value is one row.
final class UnwindStage: RowSink {
    private let list: Evaluator
    private let slot: Int
    private let next: RowSink

    init(list: @escaping Evaluator, slot: Int, next: RowSink) {
        self.list = list
        self.slot = slot
        self.next = next
    }

    func push(_ frame: Frame) throws(QueryError) -> Bool {
        let items: [Value]
        switch try list(frame) {
        case .null: items = []
        case .list(let values): items = values
        case let single: items = [single]
        }
        for item in items {
            frame.row[slot] = item
            guard try next.push(frame) else { return false }
        }
        return true
    }

    func finish(_ frame: Frame) throws(QueryError) { try next.finish(frame) }
}

/// `[OPTIONAL] MATCH`: every match of the pattern extends the row; an optional match that finds nothing
/// passes the row on once with its variables null.
final class MatchStage: RowSink {
    private let matcher: PatternMatcher
    private let optional: Bool
    private let boundSlots: [Int]
    private let next: RowSink

    init(matcher: PatternMatcher, optional: Bool, boundSlots: [Int], next: RowSink) {
        self.matcher = matcher
        self.optional = optional
        self.boundSlots = boundSlots
        self.next = next
    }

    func push(_ frame: Frame) throws(QueryError) -> Bool {
        var matched = false
        var wantsMore = true
        try matcher.forEachMatch(frame) { () throws(QueryError) -> Bool in
            matched = true
            wantsMore = try next.push(frame)
            return wantsMore
        }
        guard wantsMore else { return false }
        if optional && !matched {
            for slot in boundSlots { frame.row[slot] = .null }
            return try next.push(frame)
        }
        return true
    }

    func finish(_ frame: Frame) throws(QueryError) { try next.finish(frame) }
}
