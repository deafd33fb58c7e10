import ArgumentParser
import Extraction
import Foundation
import GraphStore

/// `tradegraph extract`: draft every figure of a new document as a graph folder for review.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Draft every figure of a plain-text document as a graph folder for review.",
        discussion: "Load the result beside the graph with --graph Graph --graph DIR; check its evidence with "
            + "`tradegraph check --graph Graph --graph DIR --sources FOLDER`.")

    @Argument(help: "The document: a UTF-8 text file.") var file: String
    @Option(help: "The new source's id (a slug, not yet in the graph).") var source: String
    @Option(help: "briefing or article.") var kind = "briefing"
    @Option(help: "The source's title.") var title: String?
    @Option(help: "The date the document was held or published (YYYY-MM-DD); resolves 'last year'.") var date: String?
    @Option(help: "en, zh or zh+en (default: guessed from the text).") var language: String?
    @Option(help: "The folder to write the draft into.") var out: String
    @Flag(help: "Replace --out if it exists and is not empty.") var force = false
    @OptionGroup var graph: GraphOptions

    func validate() throws {
        if let language, DocumentLanguage(rawValue: language) == nil {
            throw ValidationError("--language must be en, zh or zh+en, not '\(language)'")
        }
        if let date, date.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil {
            throw ValidationError("--date must be YYYY-MM-DD, not '\(date)'")
        }
        if !["briefing", "article", "dataset"].contains(kind) {
            throw ValidationError("--kind must be briefing, article or dataset, not '\(kind)'")
        }
    }

    func run() throws {
        let store = try graph.load()
        let request = ExtractionRequest(path: file, sourceID: source, kind: kind, title: title, date: date,
                                        language: language.flatMap(DocumentLanguage.init(rawValue:)))
        do throws(ExtractionError) {
            let draft = try DraftRun.run(request, store: store, out: out, force: force)
            print(DraftReport(draft: draft, folder: out))
        } catch {
            FileHandle.standardError.write(Data("tradegraph extract: \(error)\n".utf8))
            throw ExitCode(error.exitStatus)
        }
    }
}
