import GraphModel
import GraphStore

/// `:quote ID` or `:quote SOURCE:LINE`: the sentence a figure comes from, from the source document itself,
/// with the source's title, date, speaker and address — what a journalist pastes into a story and cites.
/// Without the document at hand it says where to put it, and prints the figure's evidence instead.
struct QuoteCommand: ShellCommand {
    static let name = "quote"
    static let usage = ":quote ID|SOURCE:LINE"
    static let summary = "the sentence a figure (or a source's line) comes from, with title, date, speaker and address"

    let target: String

    init(_ arguments: inout CommandArguments) throws(ShellError) {
        target = arguments.restUnquoted()
        guard !target.isEmpty else { throw .failed("missing a figure's id or SOURCE:LINE; usage: \(Self.usage)") }
    }

    init(target: String) { self.target = target }

    func run(in session: ShellSession) throws(ShellError) {
        let store = session.store
        let (source, line, evidence, speakers) = try resolve(in: store)
        func text(_ key: String) -> String? { store.property(key, of: source).stringValue }
        let id = text("id") ?? "?"
        let document = text("document").flatMap { SourceDocument(file: $0, folders: session.documentFolders) }
        var lines: [String] = []
        if let document {
            guard let passage = document.passage(line: line, evidence: evidence) else {
                throw .failed("the document of source '\(id)' (\(document.path)) has no line \(line)")
            }
            lines.append("\u{201C}\(passage)\u{201D}")
        } else {
            guard let evidence else { throw missing(document: text("document"), id: id, folders: session.documentFolders) }
            session.warn(missing(document: text("document"), id: id, folders: session.documentFolders).description + "; the figure's evidence follows")
            lines.append("\u{201C}\(evidence)\u{201D}")
        }
        let who = speakers.isEmpty ? "" : speakers.joined(separator: ", ") + ", "
        let date = text("date").map { ", " + $0 } ?? ""
        lines.append("\u{2014} \(who)\(text("title") ?? id)\(date) (\(id), line \(line))")
        if let url = text("url") { lines.append("  " + url) }
        let width = session.screenWidth ?? CardLayout.width
        try session.emit(lines.flatMap { CardLayout.wrap($0, first: "", indent: "  ", width: width) }.map { $0 + "\n" }.joined())
    }

    /// The source, line, evidence and speakers the target names.
    private func resolve(in store: GraphStore) throws(ShellError) -> (NodeID, Int, String?, [String]) {
        if let measurement = store.nodes(labeled: "Measurement", where: "id", equals: .string(target)).first {
            guard let source = store.relationships(of: measurement, direction: .outgoing, types: ["SOURCE"]).first.map(store.target(of:)),
                  let line = store.property("line", of: measurement).numericValue else {
                throw .failed("figure '\(target)' has no source line to quote")
            }
            let speakers = store.relationships(of: measurement, direction: .outgoing, types: ["SPOKEN_BY"])
                .map { EntityName(node: store.target(of: $0), store: store).text }
            return (source, Int(line), store.property("evidence", of: measurement).stringValue, speakers)
        }
        let parts = target.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let line = Int(parts[1]), line > 0 else {
            throw .failed("no figure has id '\(target)'; give a figure's id (see :search or :describe) or SOURCE:LINE such as fy2025-en:44")
        }
        guard let source = store.nodes(labeled: "Source", where: "id", equals: .string(parts[0])).first else {
            let ids = store.nodes(labeled: "Source").compactMap { store.property("id", of: $0).stringValue }
            throw .failed("no source '\(parts[0])'\(Suggestion.hint(for: parts[0], among: ids)); sources: \(ids.joined(separator: ", "))")
        }
        let figures = store.relationships(of: source, direction: .incoming, types: ["SOURCE"]).map(store.source(of:))
            .filter { store.property("line", of: $0).numericValue == Double(line) }
        let speakers = Set(figures.flatMap { store.relationships(of: $0, direction: .outgoing, types: ["SPOKEN_BY"]) }
            .map { EntityName(node: store.target(of: $0), store: store).text }).sorted()
        return (source, line, nil, speakers)
    }

    private func missing(document: String?, id: String, folders: [String]) -> ShellError {
        guard let document else { return .failed("source '\(id)' names no document file to quote from") }
        let looked = folders.isEmpty ? "no folder" : folders.joined(separator: ", ")
        return .failed("the document \(document) of source '\(id)' is not at hand (looked in \(looked)): "
                       + "put it in one of those folders or start tradegraph with --sources DIR")
    }
}
