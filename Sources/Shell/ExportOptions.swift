import Foundation
import DOTExport
import GraphModel

/// The `--` options of `:export`, read one at a time, then checked together.
struct ExportOptions {
    /// Every option, for did-you-mean.
    static let names = ["--around", "--depth", "--fold", "--clusters", "--direction", "--max-nodes", "--render", "--group"]

    private var options = DOTOptions()
    private var render: DOTRenderer.Format?
    private var around: String?
    private var depth: Int?
    /// `--group`: `nil` for `none`.
    private var grouping: FigureGrouping?
    private var groupingGiven = false

    /// Reads one option and its value.
    mutating func read(_ option: String, from arguments: inout CommandArguments) throws(ShellError) {
        switch option {
        case "--fold": options.foldMeasurements = true
        case "--clusters": options.clusterByLabel = true
        case "--direction":
            options.direction = try Self.value(of: option, from: &arguments, among: DOTOptions.Direction.allCases.map(\.rawValue)) {
                DOTOptions.Direction(rawValue: $0.uppercased())
            }
        case "--render":
            render = try Self.value(of: option, from: &arguments, among: DOTRenderer.Format.allCases.map(\.rawValue)) {
                DOTRenderer.Format(rawValue: $0.lowercased())
            }
        case "--group":
            let word = try Self.value(of: option, from: &arguments, among: FigureGrouping.allCases.map(\.rawValue) + ["none"]) { word in
                word.lowercased() == "none" || FigureGrouping(rawValue: word.lowercased()) != nil ? word.lowercased() : nil
            }
            groupingGiven = true
            grouping = FigureGrouping(rawValue: word)
        case "--max-nodes":
            options.maxNodes = try Self.value(of: option, from: &arguments, among: ["a number from 1"]) { Int($0).flatMap { $0 > 0 ? $0 : nil } }
        case "--depth":
            depth = try Self.value(of: option, from: &arguments, among: ["a number from 0"]) { Int($0).flatMap { $0 >= 0 ? $0 : nil } }
        case "--around":
            var words: [String] = []
            while let next = arguments.peek, !next.hasPrefix("--"), let word = try arguments.word() { words.append(word) }
            guard !words.isEmpty else { throw .failed("--around needs an entity's name; usage: \(ExportCommand.usage)") }
            around = words.joined(separator: " ")
        default:
            throw .failed("unknown option '\(option)'\(Suggestion.hint(for: option, among: Self.names)); usage: \(ExportCommand.usage)")
        }
    }

    /// The target, options and picture format, once every option is read; `text` is what follows them.
    /// Splits options written after the query (`MATCH ... RETURN p --render png`) from it: from the first
    /// blank-separated word that is one of `names` on, the text is options. An openCypher statement never
    /// holds such a word (`--` in a pattern is followed by `(`, `[` or `>`), so nothing of a query is taken.
    static func splitTrailing(_ text: String) -> (query: String, options: String) {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard let first = words.firstIndex(where: { names.contains(String($0)) }) else { return (text, "") }
        let range = text.range(of: " " + words[first] + (first + 1 < words.count ? " " : ""), options: .backwards)
            ?? text.range(of: String(words[first]), options: .backwards)
        guard let start = range?.lowerBound else { return (text, "") }
        return (String(text[..<start]).trimmingCharacters(in: .whitespaces), String(text[start...]).trimmingCharacters(in: .whitespaces))
    }

    func finish(query location: SourceLocation, text: String) throws(ShellError)
        -> (ExportCommand.Target, DOTOptions, DOTRenderer.Format?) {
        switch (around, text.isEmpty) {
        case (let name?, true):
            var options = options
            options.grouping = groupingGiven ? grouping : .entity
            return (.around(name, depth: depth ?? 1), options, render)
        case (nil, false) where depth == nil:
            var options = options
            options.grouping = grouping
            return (.query(text, location), options, render)
        case (nil, false):
            throw .failed("--depth goes with --around NAME; usage: \(ExportCommand.usage)")
        case (_?, false):
            throw .failed("give either a query or --around NAME, not both; usage: \(ExportCommand.usage)")
        case (nil, true):
            throw .failed("missing the query or --around NAME; usage: \(ExportCommand.usage)")
        }
    }

    private static func value<T>(of option: String, from arguments: inout CommandArguments, among valid: [String],
                                 _ read: (String) -> T?) throws(ShellError) -> T {
        guard let word = try arguments.word(), let value = read(word) else {
            throw .failed("\(option) expects \(valid.joined(separator: ", "))")
        }
        return value
    }
}
