import Foundation
import GraphLoader
import GraphModel
import GraphStore
import QueryExecutor
import XCTest

/// Runs statements and shows results as compact text, so a test reads like the answer a user would see.
struct EngineHarness {
    let engine: QueryEngine

    /// An engine over an empty graph, after running the setup statements.
    init(setup: [String] = []) throws {
        engine = QueryEngine(store: GraphStore())
        for statement in setup { _ = try engine.run(statement) }
    }

    /// An engine over the bundled graph.
    init(bundled: Void) throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Graph").standardized.path
        engine = QueryEngine(store: try GraphLoader.load(folders: [folder]))
    }

    /// The rows of a statement, each as `a | b | c` with values in a compact literal form.
    func rows(_ statement: String) throws -> [String] {
        try engine.run(statement).rows.map { $0.map(text).joined(separator: " | ") }
    }

    /// The one value of a one-row, one-column statement.
    func value(_ statement: String) throws -> String {
        let rows = try rows(statement)
        XCTAssertEqual(rows.count, 1, statement)
        return rows.first ?? "<no row>"
    }

    /// The error message of a failing statement, with its location.
    func error(_ statement: String) -> String {
        do {
            _ = try engine.run(statement)
            return "<no error>"
        } catch {
            return "\(error.location.line):\(error.location.column): \(error.message)"
        }
    }

    func text(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return String(flag)
        case .int(let number): return String(number)
        case .float(let number) where number.isInfinite: return number > 0 ? "Infinity" : "-Infinity"
        case .float(let number): return number == number.rounded() && abs(number) < 1e15 ? String(format: "%.1f", number) : String(number)
        case .string(let text): return "'\(text)'"
        case .list(let items): return "[" + items.map(text).joined(separator: ", ") + "]"
        case .map(let map): return "{" + map.keys.sorted().map { "\($0): \(text(map[$0] ?? .null))" }.joined(separator: ", ") + "}"
        case .node(let node):
            let store = engine.store
            let name = store.property("name", of: node).stringValue ?? store.property("id", of: node).stringValue ?? "#\(node)"
            return "(" + store.labels(of: node).map { ":" + $0 }.joined() + " " + name + ")"
        case .relationship(let relationship): return "[:" + engine.store.type(of: relationship) + "]"
        case .path(let path): return "<path \(path.relationships.count)>"
        }
    }
}
