import GraphModel
import GraphStore
import QueryAST
import QueryPlanner

/// The assignments of SET, REMOVE and MERGE's ON CREATE / ON MATCH, compiled.
struct PropertyWriter {
    private enum Action {
        case property(target: Evaluator, key: String, value: Evaluator, location: SourceLocation)
        case replace(slot: Int, value: Evaluator, merge: Bool, location: SourceLocation)
        case addLabels(slot: Int, labels: [String])
        case removeLabels(slot: Int, labels: [String])
    }

    private let actions: [Action]

    init(set items: [SetItem], compiler: ExpressionCompiler) throws(QueryError) {
        actions = try items.map { item throws(QueryError) in
            switch item {
            case .property(let target, let key, let value):
                return .property(target: try compiler.compile(target), key: key, value: try compiler.compile(value), location: target.location)
            case .properties(let variable, let value, let merge):
                return .replace(slot: try Self.slot(variable, compiler, value.location), value: try compiler.compile(value), merge: merge, location: value.location)
            case .labels(let variable, let labels):
                return .addLabels(slot: try Self.slot(variable, compiler, SourceLocation(line: 1, column: 1)), labels: labels)
            }
        }
    }

    init(remove items: [RemoveItem], compiler: ExpressionCompiler) throws(QueryError) {
        actions = try items.map { item throws(QueryError) in
            switch item {
            case .property(let target, let key):
                return .property(target: try compiler.compile(target), key: key, value: { _ in .null }, location: target.location)
            case .labels(let variable, let labels):
                return .removeLabels(slot: try Self.slot(variable, compiler, SourceLocation(line: 1, column: 1)), labels: labels)
            }
        }
    }

    private static func slot(_ variable: String, _ compiler: ExpressionCompiler, _ location: SourceLocation) throws(QueryError) -> Int {
        guard let slot = compiler.scope.slot(of: variable) else { throw QueryError("variable '\(variable)' is not defined", at: location) }
        return slot
    }

    func apply(_ frame: Frame) throws(QueryError) {
        for action in actions {
            switch action {
            case .property(let target, let key, let value, let location):
                try write(key, try value(frame), to: try target(frame), frame: frame, at: location)
            case .replace(let slot, let value, let merge, let location):
                try replace(frame.row[slot], with: try value(frame), merge: merge, frame: frame, at: location)
            case .addLabels(let slot, let labels):
                try relabel(frame.row[slot], labels, add: true, frame: frame)
            case .removeLabels(let slot, let labels):
                try relabel(frame.row[slot], labels, add: false, frame: frame)
            }
        }
    }

    private func write(_ key: String, _ value: Value, to element: Value, frame: Frame, at location: SourceLocation) throws(QueryError) {
        let store = frame.context.store
        do throws(StoreError) {
            switch element {
            case .null: return
            case .node(let node): try store.setProperty(key, to: value, of: node)
            case .relationship(let relationship): try store.setProperty(key, to: value, of: relationship)
            default: throw .unstorableValue(key: key, type: element.typeName)
            }
        } catch {
            throw QueryError(error.description, at: location)
        }
        frame.context.changes.propertiesSet += 1
    }

    private func replace(_ element: Value, with value: Value, merge: Bool, frame: Frame, at location: SourceLocation) throws(QueryError) {
        let entries: [String: Value]
        switch value {
        case .map(let map): entries = map
        case .node(let node): entries = Dictionary(uniqueKeysWithValues: frame.context.store.properties(of: node).map { ($0.key, $0.value) })
        case .relationship(let r): entries = Dictionary(uniqueKeysWithValues: frame.context.store.properties(of: r).map { ($0.key, $0.value) })
        default: throw QueryError("SET = and += need a map, not a \(value.typeName)", at: location)
        }
        if !merge {
            let existing: [String]
            switch element {
            case .node(let node): existing = frame.context.store.properties(of: node).map(\.key)
            case .relationship(let r): existing = frame.context.store.properties(of: r).map(\.key)
            default: existing = []
            }
            for key in existing where entries[key] == nil { try write(key, .null, to: element, frame: frame, at: location) }
        }
        for key in entries.keys.sorted() { try write(key, entries[key] ?? .null, to: element, frame: frame, at: location) }
    }

    private func relabel(_ element: Value, _ labels: [String], add: Bool, frame: Frame) throws(QueryError) {
        guard case .node(let node) = element else { return }
        let store = frame.context.store
        for label in labels where store.hasLabel(node, label) != add {
            if add {
                do { try store.addLabel(label, to: node) } catch { throw QueryError(error.description, at: SourceLocation(line: 1, column: 1)) }
                frame.context.changes.labelsAdded += 1
            } else {
                store.removeLabel(label, from: node)
                frame.context.changes.labelsRemoved += 1
            }
        }
    }
}
