import GraphModel
import QueryExecutor

/// `:help [topic]`: the commands, a summary of the language, examples, or one command's usage.
struct HelpCommand: ShellCommand {
    static let name = "help"
    static let usage = ":help [commands|language|functions|examples|COMMAND|FUNCTION]"
    static let summary = "this help; a topic for more"

    /// The topic; `nil` for the overview.
    let topic: String?

    init(_ arguments: inout CommandArguments) throws(ShellError) {
        topic = try arguments.word()?.lowercased()
        try arguments.expectEnd(usage: Self.usage)
    }

    init(topic: String?) { self.topic = topic }

    func run(in session: ShellSession) throws(ShellError) {
        try session.emit(try Self.text(for: topic))
    }

    /// The help text of a topic.
    static func text(for topic: String?) throws(ShellError) -> String {
        switch topic {
        case nil: return HelpText.overview
        case "commands"?: return HelpText.commands
        case "language"?: return HelpText.language
        case "examples"?: return HelpText.examples
        case "functions"?: return HelpText.functions
        case let word?:
            if let doc = FunctionDoc.named(word.hasSuffix("()") ? String(word.dropLast(2)) : word) { return HelpText.function(doc) }
            guard let command = CommandCatalog.command(named: word) else {
                let topics = ["commands", "language", "functions", "examples"] + CommandCatalog.names + FunctionDoc.all.map(\.name)
                throw .failed("no help on '\(word)'\(Suggestion.hint(for: word, among: topics))")
            }
            let aliases = command.aliases.map { ", :" + $0 }.joined()
            return "\(command.usage)\(aliases)\n  \(command.summary)\n"
        }
    }
}
