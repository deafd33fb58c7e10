import GraphModel
import GraphStore
import QueryAST
import QueryPlanner

/// `CREATE`: makes the pattern's unbound nodes and every relationship, once per row.
final class CreateStage: RowSink {
    private let creator: PatternCreator
    private let next: RowSink

    init(creator: PatternCreator, next: RowSink) {
        self.creator = creator
        self.next = next
    }

    func push(_ frame: Frame) throws(QueryError) -> Bool {
        try creator.create(frame)
        return try next.push(frame)
    }

    func finish(_ frame: Frame) throws(QueryError) { try next.finish(frame) }
}

/// `MERGE`: passes on every match of the whole pattern, or creates it when there is none.
final class MergeStage: RowSink {
    private let matcher: PatternMatcher
    private let creator: PatternCreator
    private let onCreate: PropertyWriter, onMatch: PropertyWriter
    private let next: RowSink

    init(matcher: PatternMatcher, creator: PatternCreator, onCreate: PropertyWriter, onMatch: PropertyWriter, next: RowSink) {
        self.matcher = matcher
        self.creator = creator
        self.onCreate = onCreate
        self.onMatch = onMatch
        self.next = next
    }

    func push(_ frame: Frame) throws(QueryError) -> Bool {
        var rows: [ContiguousArray<Value>] = []
        try matcher.forEachMatch(frame) { () throws(QueryError) -> Bool in
            rows.append(frame.row)
            return true
        }
        if rows.isEmpty {
            try creator.create(frame)
            try onCreate.apply(frame)
            return try next.push(frame)
        }
        for row in rows {
            frame.row = row
            try onMatch.apply(frame)
            guard try next.push(frame) else { return false }
        }
        return true
    }

    func finish(_ frame: Frame) throws(QueryError) { try next.finish(frame) }
}

/// `SET` and `REMOVE`.
final class SetStage: RowSink {
    private let writer: PropertyWriter
    private let next: RowSink

    init(writer: PropertyWriter, next: RowSink) {
        self.writer = writer
        self.next = next
    }

    func push(_ frame: Frame) throws(QueryError) -> Bool {
        try writer.apply(frame)
        return try next.push(frame)
    }

    func finish(_ frame: Frame) throws(QueryError) { try next.finish(frame) }
}

/// `[DETACH] DELETE`: nodes, relationships and the elements of paths.
final class DeleteStage: RowSink {
    private let targets: [(Evaluator, SourceLocation)]
    private let detach: Bool
    private let next: RowSink

    init(targets: [(Evaluator, SourceLocation)], detach: Bool, next: RowSink) {
        self.targets = targets
        self.detach = detach
        self.next = next
    }

    func push(_ frame: Frame) throws(QueryError) -> Bool {
        for (target, location) in targets { try delete(try target(frame), frame: frame, at: location) }
        return try next.push(frame)
    }

    private func delete(_ value: Value, frame: Frame, at location: SourceLocation) throws(QueryError) {
        let store = frame.context.store
        switch value {
        case .null: return
        case .relationship(let relationship):
            guard store.contains(relationship) else { return }
            store.deleteRelationship(relationship)
            frame.context.changes.relationshipsDeleted += 1
        case .node(let node):
            guard store.contains(node) else { return }
            let attached = store.degree(of: node, direction: .either)
            do { try store.deleteNode(node, detach: detach) } catch { throw QueryError(error.description, at: location) }
            frame.context.changes.nodesDeleted += 1
            frame.context.changes.relationshipsDeleted += attached
        case .path(let path):
            for relationship in path.relationships { try delete(.relationship(relationship), frame: frame, at: location) }
            for node in path.nodes { try delete(.node(node), frame: frame, at: location) }
        case .list(let items):
            for item in items { try delete(item, frame: frame, at: location) }
        default:
            throw QueryError("DELETE needs a node, relationship or path, not a \(value.typeName)", at: location)
        }
    }

    func finish(_ frame: Frame) throws(QueryError) { try next.finish(frame) }
}
