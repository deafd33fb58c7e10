import GraphModel
import LineEditor
import QueryExecutor
import QueryLexer
import ResultFormat

/// The words Tab offers at the prompt, read from the live graph each time so that labels and names created
/// at the prompt complete too.
struct CompletionWords {
    let session: ShellSession

    /// The candidates for one kind of word.
    func candidates(_ kind: CompletionContext.Kind) -> [String] {
        let store = session.store
        switch kind {
        case .keywordOrFunction: return Keyword.allCases.map(\.rawValue) + ScalarFunction.documentedNames
        case .label: return store.labelCounts.map(\.name)
        case .relationshipType: return store.relationshipTypeCounts.map(\.name)
        case .propertyKey: return store.propertyKeyCounts.map(\.name)
        case .entityName: return store.nodes.flatMap { store.names(of: $0) }.sorted()
        case .command: return CommandCatalog.names.map { ":" + $0 }
        case .commandArgument(let command): return arguments(of: command)
        case .fileName, .nothing: return []
        }
    }

    private func arguments(of command: String) -> [String] {
        switch command {
        case FormatCommand.name: return OutputFormat.allCases.map(\.rawValue)
        case TimingCommand.name: return ["on", "off"]
        case HelpCommand.name: return ["commands", "language", "examples"] + CommandCatalog.names
        case ExportCommand.name: return ["dot"]
        default: return []
        }
    }
}
