import GraphModel
import LineEditor
import QueryExecutor
import QueryLexer
import ResultFormat

/// The words Tab offers at the prompt, read from the live graph each time so that labels and names created
/// at the prompt complete too.
struct CompletionWords {
    let session: ShellSession

    /// The namespaces of the functions (`fmt`, `period`, `trade`), after which Tab offers function names.
    static let functionNamespaces = Set(FunctionDoc.all.compactMap { doc in
        doc.name.contains(".") ? String(doc.name.prefix { $0 != "." }).lowercased() : nil
    })

    /// The completion at the cursor of a prompt line.
    func completion(line: String, cursor: Int) -> Completion {
        let context = CompletionContext(line: line, cursor: cursor, functionNamespaces: Self.functionNamespaces)
        return context.completion { kind in candidates(kind, quotedKey: context.quotedKey) }
    }

    /// The candidates for one kind of word; for a quoted value of a property (`{name: '…`), that property's
    /// values only, so that Tab never offers an alias that the equality would then not find.
    func candidates(_ kind: CompletionContext.Kind, quotedKey: String? = nil) -> [String] {
        let store = session.store
        if kind == .entityName, let quotedKey { return values(of: quotedKey) }
        switch kind {
        case .keywordOrFunction: return Keyword.allCases.map(\.rawValue) + ScalarFunction.documentedNames
        case .label: return store.labelCounts.map(\.name)
        case .relationshipType: return store.relationshipTypeCounts.map(\.name)
        case .propertyKey: return store.propertyKeyCounts.map(\.name)
        case .function(let namespace):
            return FunctionDoc.all.map(\.name).filter { $0.lowercased().hasPrefix(namespace + ".") }.map { String($0.dropFirst(namespace.count + 1)) }
        case .entityName: return store.nodes.flatMap { store.names(of: $0) }.sorted()
        case .command: return CommandCatalog.names.map { ":" + $0 }
        case .commandArgument(let command): return arguments(of: command)
        case .fileName, .nothing: return []
        }
    }

    /// The text values of one property over the graph's entities, sorted, each once.
    private func values(of key: String) -> [String] {
        let store = session.store
        return Set(store.nodes.compactMap { store.hasLabel($0, "Measurement") ? nil : store.property(key, of: $0).stringValue }).sorted()
    }

    private func arguments(of command: String) -> [String] {
        switch command {
        case FormatCommand.name: return OutputFormat.allCases.map(\.rawValue)
        case TimingCommand.name: return ["on", "off"]
        case HelpCommand.name: return ["commands", "language", "functions", "examples"] + CommandCatalog.names + FunctionDoc.all.map(\.name)
        case ExportCommand.name: return ["dot"]
        default: return []
        }
    }
}
