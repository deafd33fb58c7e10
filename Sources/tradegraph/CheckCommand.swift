import ArgumentParser
import Foundation
import GraphLoader

/// `tradegraph check`: load a graph and print what it holds, or every problem in it.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load a graph folder and summarise it, or list every problem in it (exit status 2).")

    @OptionGroup var graph: GraphOptions

    func run() throws {
        let store = try graph.load()
        print(GraphSummary(store))
    }
}
