import ArgumentParser

/// The `tradegraph` command line.
@main
struct TradeGraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tradegraph",
        abstract: "Question China's official trade statistics as a knowledge graph, in openCypher.",
        version: "0.1.0",
        subcommands: [CheckCommand.self])
}
