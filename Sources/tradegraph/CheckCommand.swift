import ArgumentParser
import Foundation
import GraphLoader
import TradeText

/// `tradegraph check`: load a graph and print what it holds, or every problem in it.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load a graph folder and summarise it, or list every problem in it (exit status 2).",
        discussion: "With --sources, also check that every figure's evidence is verbatim on its line of its document "
            + "(how a reviewer checks a draft of `tradegraph extract`).")

    @OptionGroup var graph: GraphOptions

    func run() throws {
        let store = try graph.load()
        print(GraphSummary(store))
        // --sources (shared with the prompt's :quote, in GraphOptions): check every evidence against its line.
        guard let sources = graph.sourceFolders.first else { return }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: sources, isDirectory: &isFolder), isFolder.boolValue else {
            FileHandle.standardError.write(Data("tradegraph check: --sources '\(sources)' is not a folder\n".utf8))
            throw ExitStatus.unusable
        }
        let claims = EvidenceCheck.claims(in: store)
        let check = EvidenceCheck(reading: Set(claims.map(\.document)), from: URL(fileURLWithPath: sources))
        // "a 3.5-fold increase" states growth of +350%: the number reader reads the fold, the check the percent.
        let numbers = NumberReader(lexicon: try Lexicon.bundled())
        let problems = claims.compactMap { claim in
            check.problem(claim) { claim in
                numbers.numbers(in: claim.evidence).contains { $0.unit == .times && abs($0.value * 100 - abs(claim.value)) < 1e-6 }
            }.map { "\(claim.id): \($0)" }
        }
        for problem in problems { FileHandle.standardError.write(Data((problem + "\n").utf8)) }
        print("evidence: \(claims.count - problems.count) of \(claims.count) figures verbatim on their lines of \(sources)")
        if !problems.isEmpty { throw ExitStatus.unusable }
    }
}
