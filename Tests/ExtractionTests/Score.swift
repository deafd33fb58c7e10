import Extraction
import Foundation
import GraphLoader
import GraphStore

/// Recall and precision of one draft against the figures it should have: recall counts the gold figures the
/// draft has (same `FigureKey`), precision the drafted rows that match a gold figure — as
/// `scripts/extract-misses.py` counts them.
struct Score {
    let gold: Int
    let drafted: Int
    let recall: Double
    let precision: Double

    init(gold goldKeys: [FigureKey], drafted draftKeys: [FigureKey]) {
        let goldSet = Set(goldKeys), draftSet = Set(draftKeys)
        gold = goldKeys.count
        drafted = draftKeys.count
        recall = 100 * Double(goldKeys.filter(draftSet.contains).count) / Double(max(1, goldKeys.count))
        precision = 100 * Double(draftKeys.filter(goldSet.contains).count) / Double(max(1, draftKeys.count))
    }

    /// The keys of the measurements of `store` whose source is one of `sources`.
    static func keys(in store: GraphStore, sources: Set<String>) -> [FigureKey] {
        store.nodes(labeled: "Measurement").filter { node in
            let link = store.relationships(of: node, direction: .outgoing, types: ["SOURCE"]).first
            return sources.contains(link.flatMap { store.property("id", of: store.target(of: $0)).stringValue } ?? "")
        }.map { FigureKey($0, in: store) }
    }

    /// Drafts `request` into a folder of `scratch` and loads it beside the bundled graph, as a reviewer would:
    /// the store holds both, the draft's rows under the request's source id.
    static func draftBesideTheGraph(_ request: ExtractionRequest, graph: GraphStore, scratch: URL) throws -> GraphStore {
        let out = scratch.appendingPathComponent(request.sourceID).path
        _ = try DraftRun.run(request, store: graph, out: out, force: false)
        return try GraphLoader.load(folders: [SeedDocument.graph, out])
    }

    /// A new scratch folder for one test run.
    static func scratch(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The header of the table the evaluations print.
    static let header = "document                             graph drafted recall precision"

    /// The score as a line of that table.
    func line(_ label: String) -> String {
        String(format: "%@ %5d %7d %5.1f%% %8.1f%%", label.padding(toLength: 36, withPad: " ", startingAt: 0),
               gold, drafted, recall, precision)
    }
}
