import ArgumentParser
import Foundation
import ResultFormat
import Shell

/// The `tradegraph` command line: the interactive prompt at a terminal, or statements from `-c`, `-f` files
/// or piped standard input, with the contract's exit statuses (0 all succeeded, 1 a statement failed,
/// 2 a bad command line or a graph that does not load).
@main
struct TradeGraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tradegraph",
        abstract: "Question China's official trade statistics as a knowledge graph, in openCypher.",
        discussion: """
            Without -c or -f, reads statements from standard input: at a terminal with a prompt and line \
            editing, otherwise as a script. -f files run in order, then -c. Exit status: 0 when every \
            statement succeeded, 1 when one failed, 2 for a bad command line or a graph that does not load.
            """,
        version: "0.1.0",
        subcommands: [CheckCommand.self, BenchCommand.self, AskCommand.self, ExtractCommand.self])

    @OptionGroup var graph: GraphOptions

    @Option(name: [.customShort("c"), .customLong("command")], help: ArgumentHelp(
        "Run these statements and commands, then exit.", valueName: "statements"))
    var statements: String?

    @Option(name: [.customShort("f"), .customLong("file")], help: ArgumentHelp(
        "Run a script file (repeatable; run in order).", valueName: "file"))
    var files: [String] = []

    @OptionGroup var formatting: FormatOption

    @Option(help: ArgumentHelp("Write results to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Keep running a script after a statement fails (the exit status is still 1).")
    var continueOnError = false

    func validate() throws {
        if let format = formatting.format {
            do { _ = try OutputFormat(parsing: format) } catch { throw ValidationError(error.description) }
        }
    }

    func run() throws {
        let input = try ScriptInput.choose(statements: statements, files: files)
        let store = try graph.load()
        let session = ShellSession(store: store, mode: input.isInteractive ? .interactive : .script,
                                   format: try formatting.format.map { try OutputFormat(parsing: $0) })
        session.continueOnError = continueOnError
        session.documentFolders = graph.documentFolders(explicit: graph.sourceFolders)
        do { try session.redirectOutput(to: output) } catch {
            FileHandle.standardError.write(Data("tradegraph: \(error)\n".utf8))
            throw ExitStatus.unusable
        }
        guard try input.run(in: session) else { throw ExitStatus.statementFailed }
    }

    /// Parses and runs, mapping command-line mistakes to exit status 2 (ArgumentParser's own is 64).
    static func main() {
        let command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            guard exitCode(for: error).rawValue == ExitCode.validationFailure.rawValue else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(ExitStatus.unusable.rawValue)
        }
        do {
            var command = command
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
