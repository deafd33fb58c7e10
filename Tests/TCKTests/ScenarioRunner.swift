import Foundation
import GraphModel
import GraphStore
import QueryExecutor

/// Runs one TCK scenario through the engine, step by step, on a graph of its own.
struct ScenarioRunner {
    /// Where the TCK's named graphs are (`graphs/binary-tree-1/binary-tree-1.cypher`).
    let graphsFolder: String

    private struct Failure: Error {
        var reason: String
    }

    /// What the last `executing query` gave, for the `Then` steps after it.
    private struct Execution {
        var result: Result<QueryResult, StatementError>
        var before: GraphSnapshot?
        var after: GraphSnapshot?
    }

    /// Runs the scenario's steps in order and says whether it passed.
    func run(_ scenario: GherkinScenario) -> ScenarioOutcome {
        let kind: ScenarioOutcome.Kind = scenario.steps.contains { $0.text.contains("should be raised") } ? .error : .result
        var engine = QueryEngine(store: GraphStore())
        var execution: Execution?
        do {
            for step in scenario.steps {
                try perform(step, engine: &engine, execution: &execution)
            }
            return ScenarioOutcome(kind: kind, failure: nil)
        } catch {
            return ScenarioOutcome(kind: kind, failure: error.reason)
        }
    }

    private func perform(_ step: GherkinStep, engine: inout QueryEngine, execution: inout Execution?) throws(Failure) {
        let text = step.text
        switch step.keyword {
        case "Given" where text == "an empty graph" || text == "any graph":
            engine = QueryEngine(store: GraphStore())
        case "Given" where text.hasPrefix("the ") && text.hasSuffix(" graph"):
            let name = String(text.dropFirst(4).dropLast(6))
            engine = QueryEngine(store: GraphStore())
            try setUp(try graphScript(name), engine: engine)
        case "Given" where text == "having executed:":
            try setUp(step.docString ?? "", engine: engine)
        case "Given" where text == "parameters are:":
            for row in step.table where row.count == 2 {
                guard let value = try? TCKValueParser.parse(row[1]).parameter else { throw Failure(reason: "parameter \(row[1]) unreadable") }
                engine.parameters[row[0]] = value
            }
        case "When" where text == "executing query:":
            let before = GraphSnapshot(engine.store)
            let result = Result { () throws(StatementError) in try engine.run(step.docString ?? "") }
            execution = Execution(result: result, before: before, after: GraphSnapshot(engine.store))
        case "When" where text == "executing control query:":
            execution = Execution(result: Result { () throws(StatementError) in try engine.run(step.docString ?? "") })
        case "Then":
            guard let execution else { throw Failure(reason: "a Then step before any query") }
            try ExpectationCheck(step: step, store: engine.store).check(execution.result, before: execution.before, after: execution.after)
        default:
            throw Failure(reason: "step not supported: \(step.keyword) \(text)")
        }
    }

    private func setUp(_ script: String, engine: QueryEngine) throws(Failure) {
        do { _ = try engine.run(script) } catch { throw Failure(reason: "setup failed: \(error.message)") }
    }

    private func graphScript(_ name: String) throws(Failure) -> String {
        let path = "\(graphsFolder)/\(name)/\(name).cypher"
        guard let script = try? String(contentsOfFile: path, encoding: .utf8) else { throw Failure(reason: "no graph \(path)") }
        return script
    }

    /// The checks of one `Then` step.
    private struct ExpectationCheck {
        let step: GherkinStep
        let store: GraphStore

        func check(_ result: Result<QueryResult, StatementError>, before: GraphSnapshot?, after: GraphSnapshot?) throws(Failure) {
            let text = step.text
            if text.contains("should be raised") { return try checkError(result) }
            if text == "no side effects" || text == "the side effects should be:" {
                guard let before, let after else { throw Failure(reason: "side effects of a control query") }
                let expected = Dictionary(step.table.compactMap { $0.count == 2 ? ($0[0], Int($0[1]) ?? -1) : nil },
                                          uniquingKeysWith: +).filter { $0.value != 0 }
                let actual = after.sideEffects(since: before)
                guard actual == expected else { throw Failure(reason: "side effects \(actual), expected \(expected)") }
                return
            }
            let query: QueryResult
            switch result {
            case .success(let answer): query = answer
            case .failure(let error): throw Failure(reason: "error: \(error.message)")
            }
            if text == "the result should be empty" {
                guard query.rows.isEmpty else { throw Failure(reason: "\(query.rows.count) rows, expected none") }
                return
            }
            guard text.hasPrefix("the result should be") else { throw Failure(reason: "step not supported: Then \(text)") }
            try compareRows(query, ordered: text.contains("in order"), ignoringListOrder: text.contains("ignoring element order for lists"))
        }

        private func checkError(_ result: Result<QueryResult, StatementError>) throws(Failure) {
            guard case .failure(let error) = result else { throw Failure(reason: "no error, expected: \(step.text)") }
            let compileTime = error.kind != .runtime
            if step.text.contains("at compile time") && !compileTime {
                throw Failure(reason: "runtime error, expected at compile time: \(error.message)")
            }
        }

        private func compareRows(_ query: QueryResult, ordered: Bool, ignoringListOrder: Bool) throws(Failure) {
            guard let header = step.table.first else { throw Failure(reason: "no header") }
            guard Set(header) == Set(query.columns), header.count == query.columns.count else {
                throw Failure(reason: "columns \(query.columns), expected \(header)")
            }
            let positions = header.map { name in query.columns.firstIndex(of: name) ?? 0 }
            let canonical = { (value: TCKValue) in ignoringListOrder ? value.sortingLists : value }
            var expected: [[TCKValue]] = []
            for row in step.table.dropFirst() {
                var values: [TCKValue] = []
                for cell in row {
                    do { values.append(canonical(try TCKValueParser.parse(cell))) } catch { throw Failure(reason: error.description) }
                }
                expected.append(values)
            }
            var actual = query.rows.map { row in positions.map { canonical(TCKValue(row[$0], in: store)) } }
            guard actual.count == expected.count else { throw Failure(reason: "\(actual.count) rows, expected \(expected.count): \(describe(actual))") }
            if ordered {
                guard zip(actual, expected).allSatisfy(Self.rowsMatch) else { throw Failure(reason: "rows \(describe(actual)) in this order") }
                return
            }
            for row in expected {
                guard let found = actual.firstIndex(where: { Self.rowsMatch($0, row) }) else {
                    throw Failure(reason: "missing row \(describe([row])); got \(describe(actual))")
                }
                actual.remove(at: found)
            }
        }

        private static func rowsMatch(_ left: [TCKValue], _ right: [TCKValue]) -> Bool {
            zip(left, right).allSatisfy { $0.matches($1) }
        }

        private func describe(_ rows: [[TCKValue]]) -> String {
            rows.prefix(6).map { "| " + $0.map(\.description).joined(separator: " | ") + " |" }.joined(separator: " ")
        }
    }
}
