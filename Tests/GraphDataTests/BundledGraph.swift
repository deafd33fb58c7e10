import Foundation
import GraphLoader
import GraphModel
import GraphStore
import XCTest

/// The graph in `Graph/` loaded with the project's own loader, and its measurements as `Figure`s.
///
/// The store holds everything the checks need except where each row sits in its CSV file, which the loader
/// does not keep; `RowIndex` reads that from the files so that problems point at the row to edit.
enum BundledGraph {
    /// The repository root: this file is `Tests/GraphDataTests/BundledGraph.swift`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let folder = root.appendingPathComponent("Graph")

    /// The source documents live beside the repository, not in it: `../shared/seeds`.
    static let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")

    /// Loaded once for all tests; the graph is read-only here.
    nonisolated(unsafe) private static var cached: Result<(figures: [Figure], events: [String: [String]]), Error>?

    /// The measurements of the bundled graph, in file and row order.
    static func figures() throws -> [Figure] { try loaded().figures }

    /// The graph's events: id → name and aliases, lowercased, for finding figures that name one.
    static func events() throws -> [String: [String]] { try loaded().events }

    private static func loaded() throws -> (figures: [Figure], events: [String: [String]]) {
        if let cached { return try cached.get() }
        let result = Result { try load() }
        cached = result
        return try result.get()
    }

    private static func load() throws -> (figures: [Figure], events: [String: [String]]) {
        let store: GraphStore
        do {
            store = try GraphLoader.load(folders: [folder.path])
        } catch {
            throw GraphDataError("Graph/ does not load:\n\(error)")
        }
        let rows = try RowIndex(folder: folder)
        let figures = try store.nodes(labeled: "Measurement").map { try figure(of: $0, in: store, rows: rows) }
            .sorted { ($0.rowFile, $0.rowLine) < ($1.rowFile, $1.rowLine) }
        var events: [String: [String]] = [:]
        for node in store.nodes(labeled: "Event") {
            events[store.property("id", of: node).stringValue ?? ""] = store.names(of: node).map { $0.lowercased() }
        }
        return (figures, events)
    }

    private static func figure(of node: NodeID, in store: GraphStore, rows: RowIndex) throws -> Figure {
        func text(_ key: String) -> String { store.property(key, of: node).stringValue ?? "" }
        func target(_ type: String) -> NodeID? {
            store.relationships(of: node, direction: .outgoing, types: [type]).first.map(store.target(of:))
        }
        func targetID(_ type: String) -> String? { target(type).flatMap { store.property("id", of: $0).stringValue } }
        let id = text("id")
        guard let row = rows.location(of: id) else { throw GraphDataError("measurement \(id) not found in the CSV files") }
        var dimensions: [String: String] = [:]
        for column in Figure.dimensionColumns {
            dimensions[column] = targetID(column.uppercased())
        }
        let source = target("SOURCE")
        return Figure(
            id: id, metric: text("metric"), flow: text("flow"), period: text("period"),
            value: store.property("value", of: node).numericValue ?? .nan, unit: text("unit"), approx: text("approx"),
            reporter: targetID("REPORTER") ?? "", dimensions: dimensions,
            source: source.flatMap { store.property("id", of: $0).stringValue } ?? "",
            document: source.flatMap { store.property("document", of: $0).stringValue } ?? "",
            line: Int(store.property("line", of: node).numericValue ?? 0), evidence: text("evidence"), note: text("note"),
            rowFile: row.file, rowLine: row.line)
    }
}

/// A failure to set the checks up (as opposed to a problem in the data).
struct GraphDataError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension XCTestCase {
    /// Records each problem as a failure at its CSV row: XCTest prints `…/Graph/FILE.csv:LINE: error: TEST : id: message`.
    func record(_ problems: [Problem]) {
        for problem in problems {
            #if canImport(ObjectiveC)
            let location = XCTSourceCodeLocation(filePath: problem.figure.rowFile, lineNumber: problem.figure.rowLine)
            record(XCTIssue(type: .assertionFailure, compactDescription: problem.identifiedMessage,
                            sourceCodeContext: XCTSourceCodeContext(location: location)))
            #else
            recordFailure(withDescription: problem.identifiedMessage, inFile: problem.figure.rowFile,
                          atLine: problem.figure.rowLine, expected: true)
            #endif
        }
    }
}
