// A minimal prompt over LineEditor, for the pseudo-terminal tests and for trying the editor by hand
// before the real shell exists. It echoes each statement as `got: <statement>`.
//
// A statement is complete when it ends with `;` or is a `:` command. Completion offers a few fixed
// keywords, labels, relationship types, property keys, entity names (English and Chinese) and commands.
// `:sleep;` runs a "query" that waits up to 10 s and stops early on Ctrl-C; `:quit` leaves.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import LineEditor
import Synchronization

let environment = ProcessInfo.processInfo.environment
let historyPath = LineEditor.defaultHistoryPath(environment: environment)
guard let editor = LineEditor(programName: "lineeditor-demo", historyPath: historyPath, historyLimit: 100) else {
    FileHandle.standardError.write(Data("cannot start the line editor\n".utf8))
    exit(2)
}

func wordList(_ kind: CompletionContext.Kind) -> [String] {
    switch kind {
    case .keywordOrFunction: return ["MATCH", "MERGE", "RETURN", "WHERE", "WITH", "count(", "collect(", "coalesce("]
    case .label: return ["Person", "Company", "Country", "国家"]
    case .relationshipType: return ["OWNS", "EXPORTS_TO", "IMPORTS_FROM"]
    case .propertyKey: return ["name", "nameZh", "value", "year"]
    case .entityName: return ["China", "Chile", "中国", "中国银行", "中海油"]
    case .command: return [":help", ":quit", ":source", ":search", ":schema", ":sleep"]
    case .commandArgument(let command) where command == "format": return ["table", "csv", "json"]
    default: return []
    }
}
editor.completer = { line, cursor in
    CompletionContext(line: line, cursor: cursor).completion(words: wordList)
}
let cancelled = Atomic<Bool>(false)
editor.onInterrupt = { cancelled.store(true, ordering: .relaxed) }

func isComplete(_ text: String) -> Bool {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.hasSuffix(";") || trimmed.hasPrefix(":")
}

loop: while true {
    switch editor.readStatement(prompt: "demo> ", continuationPrompt: "  ...> ", isComplete: isComplete) {
    case .endOfInput:
        break loop
    case .interrupted:
        continue
    case .statement(let text):
        print("got: \(text)")
        if text.trimmingCharacters(in: .whitespacesAndNewlines) == ":quit" { break loop }
        if text.trimmingCharacters(in: .whitespacesAndNewlines) == ":sleep;" {
            cancelled.store(false, ordering: .relaxed)
            let stopped = editor.runInterruptible { () -> Bool in
                for _ in 0..<1000 {
                    if cancelled.load(ordering: .relaxed) { return true }
                    usleep(10_000)
                }
                return false
            }
            print(stopped ? "query cancelled" : "query finished")
        }
        if let error = editor.historyError { print("history: \(error)") }
    }
    fflush(nil)
}
exit(0)
