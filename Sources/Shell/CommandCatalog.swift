import Foundation
import GraphModel

/// Every `:` command, and the one way command lines become commands: by name (case-insensitively), with
/// "did you mean" for a misspelt one.
enum CommandCatalog {
    /// The commands in the order `:help` lists them.
    static let all: [any ShellCommand.Type] = [
        HelpCommand.self, QuitCommand.self, SourceCommand.self, FormatCommand.self, OutputCommand.self,
        TimingCommand.self, ParamCommand.self, ParamsCommand.self, SchemaCommand.self, DescribeCommand.self,
        SearchCommand.self, AskCommand.self, ChartCommand.self, ExportCommand.self, LoadCommand.self, SaveCommand.self,
        HistoryCommand.self,
    ]

    /// Every name and alias, without the colon: what completion and did-you-mean choose from.
    static var names: [String] { all.flatMap { [$0.name] + $0.aliases } }

    /// The command a name (with or without the colon) stands for.
    static func command(named name: String) -> (any ShellCommand.Type)? {
        let bare = name.hasPrefix(":") ? String(name.dropFirst()) : name
        return all.first { $0.name == bare.lowercased() || $0.aliases.contains(bare.lowercased()) }
    }

    /// Reads a command line such as `:format csv` that starts at `location`.
    static func parse(_ line: String, at location: SourceLocation) throws(ShellError) -> any ShellCommand {
        if line.hasPrefix("?") {
            return AskCommand(question: String(line.dropFirst()).trimmingCharacters(in: .whitespaces))
        }
        let body = line.hasPrefix(":") ? line.dropFirst() : line[...]
        let name = String(body.prefix { !$0.isWhitespace })
        guard let type = command(named: name) else {
            let hint = Suggestion.closest(to: name, among: names).map { "; did you mean ':\($0)'?" } ?? ""
            throw .failed("unknown command ':\(name)'\(hint) (type :help for the list)")
        }
        let start = SourceLocation(file: location.file, line: location.line, column: location.column + 1 + name.count)
        var arguments = CommandArguments(String(body.dropFirst(name.count)), start: start)
        return try type.init(&arguments)
    }
}
