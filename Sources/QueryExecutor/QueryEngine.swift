import GraphModel
import GraphStore
import QueryAST
import QueryLexer
import QueryParser
import QueryPlanner

/// Runs openCypher statements against a store: parse, plan, execute. Writes change the store in memory only.
public final class QueryEngine {
    /// The graph queries run on.
    public private(set) var store: GraphStore
    /// `$parameters` by name.
    public var parameters: [String: Value] = [:]
    /// Set from another thread (Ctrl-C) to stop the running statement.
    public let cancellation = Cancellation()
    private let plans = PlanCache()

    /// Creates an engine over a store.
    public init(store: GraphStore) { self.store = store }

    /// Switches to another graph (`:load`).
    public func replaceStore(_ store: GraphStore) {
        self.store = store
        plans.clear()
    }

    /// Runs one statement. `start` is where its text begins in its script, so errors point into the script.
    public func run(_ text: String, file: String? = nil, start: SourceLocation? = nil) throws(StatementError) -> QueryResult {
        let origin = start.map { SourceLocation(file: file ?? $0.file, line: $0.line, column: $0.column) }
            ?? SourceLocation(file: file, line: 1, column: 1)
        // Cleared when the statement ends, not when it starts: a Ctrl-C that arrives while the statement is
        // being read, parsed or planned must stop it, and must not carry over to the next one.
        defer { cancellation.reset() }
        let entry: PlanCache.Entry
        if let cached = plans.entry(text, origin: origin, version: store.version) { entry = cached } else {
            entry = try plan(text, origin: origin)
        }
        let plan = entry.plan
        if entry.explain {
            return QueryResult(columns: ["plan"], rows: plan.descriptionLines.map { [.string($0)] }, warnings: plan.warnings)
        }
        if cancellation.isCancelled {
            throw StatementError(.runtime, location: origin, message: "query cancelled", statement: text, start: origin)
        }
        do {
            var result = try execute(plan)
            result.warnings += entry.advice.always
            if result.rows.isEmpty && !plan.isUpdating { result.warnings += entry.advice.whenEmpty }
            return result
        } catch {
            throw StatementError(.runtime, location: error.location, message: error.message, statement: text, start: origin)
        }
    }

    /// Parses and plans a statement, and caches the plan.
    private func plan(_ text: String, origin: SourceLocation) throws(StatementError) -> PlanCache.Entry {
        let statement: Statement
        do { statement = try Parser.parse(text, file: origin.file, startingAt: origin) } catch { throw StatementError(error) }
        let plan: QueryPlan
        do { plan = try Planner.plan(statement, store: store) } catch {
            throw StatementError(.semantic, location: error.location, message: error.message, statement: text, start: origin)
        }
        let entry = PlanCache.Entry(plan: plan, explain: statement.explain, version: store.version,
                                    advice: AnswerAdvisor(statement: statement, store: store))
        plans.store(entry, for: text, origin: origin)
        return entry
    }

    /// Evaluates a lone expression (for `:param name => expression`).
    public func evaluate(_ text: String) throws(StatementError) -> Value {
        let result = try run("RETURN " + text + " AS value")
        return result.rows.first?.first ?? .null
    }

    private func execute(_ plan: QueryPlan) throws(QueryError) -> QueryResult {
        var rows: [[Value]] = []
        var changes = ChangeCounts()
        var warnings = plan.warnings
        for part in plan.parts {
            let context = ExecutionContext(store: store, parameters: parameters, cancellation: cancellation, slotCount: part.slotCount)
            rows += try PartRunner(part: part, context: context, eager: plan.isUpdating).run()
            changes = context.changes.adding(changes)
            warnings += context.warnings
        }
        if plan.parts.count > 1 && plan.unionAll.contains(false) {
            var seen: Set<GroupingKey> = []
            rows = rows.filter { seen.insert(GroupingKey(.list($0))).inserted }
        }
        return QueryResult(columns: plan.columns, rows: rows, changes: changes, warnings: warnings)
    }
}

extension ChangeCounts {
    func adding(_ other: ChangeCounts) -> ChangeCounts {
        var sum = self
        sum.nodesCreated += other.nodesCreated
        sum.nodesDeleted += other.nodesDeleted
        sum.relationshipsCreated += other.relationshipsCreated
        sum.relationshipsDeleted += other.relationshipsDeleted
        sum.propertiesSet += other.propertiesSet
        sum.labelsAdded += other.labelsAdded
        sum.labelsRemoved += other.labelsRemoved
        return sum
    }
}
