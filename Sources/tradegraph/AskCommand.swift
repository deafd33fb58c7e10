import ArgumentParser
import Foundation
import ResultFormat
import Shell

/// `tradegraph ask QUESTION`: the prompt's `:ask` from the shell. Exit status 0 when it answered (also with no
/// figure found), 1 for an empty or unusable question, 2 for a bad command line.
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answer a question in plain English or Chinese with the graph's figures and the openCypher that finds them.",
        discussion: "Example: tradegraph ask 'EU growth Q1 2025'; tradegraph ask --format json --limit 3 '2025年我国对东盟进出口是多少'")

    @OptionGroup var graph: GraphOptions

    @Option(help: ArgumentHelp("How many figures to show, best first.", valueName: "n"))
    var limit = 5

    @OptionGroup var formatting: FormatOption

    @Argument(help: ArgumentHelp("The question (quote it in the shell).", valueName: "question"))
    var words: [String] = []

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be a positive whole number") }
        if let format = formatting.format {
            do { _ = try OutputFormat(parsing: format) } catch { throw ValidationError(error.description) }
        }
    }

    func run() throws {
        let store = try graph.load()
        let session = ShellSession(store: store, mode: .script, format: try formatting.format.map { try OutputFormat(parsing: $0) }
                                   ?? (isatty(STDOUT_FILENO) == 1 ? .table : nil))
        guard session.ask(words.joined(separator: " "), limit: limit) else { throw ExitStatus.statementFailed }
    }
}
