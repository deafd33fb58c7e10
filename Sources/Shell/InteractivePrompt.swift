import Foundation
import LineEditor
import QueryLexer

/// The interactive prompt: libedit line editing with history and completion, a statement per `;`
/// (continuation lines until then), a command per `:` line, Ctrl-C to drop the line being typed or stop
/// the running query, Ctrl-D on an empty line to leave. Used only when standard input is a terminal.
public enum InteractivePrompt {
    /// The prompt before a new statement.
    static let prompt = "tradegraph> "
    /// The prompt before each further line of an unfinished statement, aligned under the first.
    static let continuation = "       ...> "

    /// Runs the prompt until `:quit` or Ctrl-D. History goes to `$TRADEGRAPH_HISTORY`, else
    /// `~/.tradegraph_history` (only here: scripts, `-c` and piped input never write it).
    /// - Returns: `false` when the line editor could not start.
    public static func run(_ session: ShellSession,
                           environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        let historyPath = LineEditor.defaultHistoryPath(environment: environment)
        guard let editor = LineEditor(programName: "tradegraph", historyPath: historyPath) else { return false }
        let words = CompletionWords(session: session)
        editor.completer = { line, cursor in words.completion(line: line, cursor: cursor) }
        let cancellation = session.engine.cancellation
        editor.onInterrupt = { cancellation.cancel() }
        session.note("Connected to \(session.store.nodeCount) nodes and \(session.store.relationshipCount) relationships. "
                     + "Type :help for help, :quit to leave.")
        while !session.quitRequested && !session.outputFailed {
            switch editor.readStatement(prompt: prompt, continuationPrompt: continuation, check: PromptLineCheck.check) {
            case .endOfInput: return true
            case .interrupted: continue
            case .statement(let text):
                // A Ctrl-C from here on belongs to this statement, even before the engine starts on it.
                cancellation.reset()
                _ = editor.runInterruptible { session.run(script: text, file: nil) }
            }
            if let problem = editor.historyError { session.warn("history: \(problem)") }
        }
        return true
    }
}
