import Foundation
import GraphLoader
import GraphStore

/// The bundled graph, loaded once for the question tests.
enum BundledGraph {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    nonisolated(unsafe) private static var cached: GraphStore?

    static func store() throws -> GraphStore {
        if let cached { return cached }
        let store = try GraphLoader.load(folders: [root.appendingPathComponent("Graph").path])
        cached = store
        return store
    }
}
