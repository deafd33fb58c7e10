import Foundation
import GraphStore

/// The whole of `tradegraph extract` below the command line: check the request, read the document, draft
/// it, write the folder. One place, so the command and the evaluation run the same steps.
public enum DraftRun {
    /// Drafts `request` against `store` and writes it to `out`.
    public static func run(_ request: ExtractionRequest, store: GraphStore, out: String, force: Bool) throws(ExtractionError) -> Draft {
        let draft = try draft(request, store: store)
        try DraftFolder.write(draft, to: out, force: force)
        return draft
    }

    /// Drafts `request` against `store` without writing anything.
    public static func draft(_ request: ExtractionRequest, store: GraphStore) throws(ExtractionError) -> Draft {
        guard request.sourceID.range(of: #"^[a-z0-9][a-z0-9-]*$"#, options: .regularExpression) != nil else {
            throw .badSourceID(id: request.sourceID)
        }
        guard store.nodes(labeled: nil, where: "id", equals: .string(request.sourceID)).isEmpty else { throw .sourceExists(id: request.sourceID) }
        let text = try SourceText(path: request.path)
        let extractor: Extractor
        do { extractor = try Extractor(store: store) } catch { throw .unreadable(path: "cue words", reason: error.description) }
        let draft = extractor.extract(text, request: request)
        guard !draft.figures.isEmpty else { throw .noFigures(path: request.path) }
        return draft
    }
}
