import GraphModel
import GraphStore
import QueryExecutor
import Questions
import QueryLexer
import ResultFormat

/// One user's session: the graph and query engine, how and where results print, `$parameters`, timing and
/// history. The prompt, `-c`, `-f`, piped scripts and `:source` all run through it, so a statement behaves
/// the same wherever it was typed.
public final class ShellSession {
    /// Whether a person is at the prompt (footers, notes on standard output) or a script is running
    /// (plain data on standard output, everything else on standard error).
    public enum Mode: Sendable {
        /// The interactive prompt.
        case interactive
        /// `-c`, `-f` or piped standard input.
        case script
    }

    /// How deep `:source` may nest before it is taken for a loop.
    static let sourceDepthLimit = 16
    /// How many entries `:history` keeps.
    static let historyLimit = 1_000

    /// Runs the statements; owns the graph and the parameters.
    public let engine: QueryEngine
    /// Prompt or script.
    public let mode: Mode
    /// How results print.
    public var format: OutputFormat
    /// Whether the footer shows how long each statement took.
    public var timing: Bool
    /// Whether a script goes on after a failed item (it still counts as failed).
    public var continueOnError = false
    /// Statements and commands run so far, oldest first.
    public private(set) var history: [String] = []
    /// Set by `:quit`; the caller stops reading input.
    public internal(set) var quitRequested = false

    let console: Console
    /// The plain-words asker, made on the first question (it reads the cue words and indexes the figures).
    var askerCache: Asker?
    var output = OutputDestination.console
    var sourceDepth = 0

    /// Creates a session over a graph. Without a format, tables go to a terminal and tab-separated values
    /// to pipes and files; timing is on at the prompt, off in scripts.
    public init(store: GraphStore, mode: Mode, format: OutputFormat? = nil, console: Console = .standard()) {
        engine = QueryEngine(store: store)
        self.mode = mode
        self.console = console
        self.format = format ?? (console.outputIsTerminal ? .table : .tsv)
        timing = mode == .interactive
    }

    deinit { output.close() }

    /// The graph statements run on.
    public var store: GraphStore { engine.store }

    /// Whether results could no longer be written to standard output; nothing more runs after that.
    public var outputFailed: Bool { console.outputFailed() }

    /// Sends results to a file (psql's `\o FILE`: truncated now, appended to afterwards), or back to the
    /// screen with `nil`.
    public func redirectOutput(to path: String?) throws(ShellError) {
        let next = try path.map { path throws(ShellError) in try OutputDestination.open(path) } ?? .console
        output.close()
        output = next
    }

    /// Runs a script's text. `file` names it in error messages.
    /// - Returns: whether every item succeeded.
    @discardableResult
    public func run(script: String, file: String?) -> Bool {
        run(ScriptSplitter.split(script, file: file))
    }

    /// Runs items in order, stopping after a failure unless `continueOnError`, and after `:quit` or a failed
    /// standard output.
    /// - Returns: whether every item that ran succeeded.
    @discardableResult
    public func run(_ items: [ScriptItem]) -> Bool {
        var succeeded = true
        for item in items where !quitRequested {
            guard !outputFailed else { return false }
            guard run(item) else {
                succeeded = false
                if continueOnError { continue } else { break }
            }
        }
        return succeeded
    }

    /// Runs one item, reporting a failure as `file:line:column: message` on standard error.
    /// - Returns: whether it succeeded; not when its results could not be written to standard output.
    @discardableResult
    public func run(_ item: ScriptItem) -> Bool {
        if sourceDepth == 0 { record(item) }
        do {
            switch item {
            case .statement(let text, let location): try runStatement(text, at: location)
            case .command(let text, let location): try CommandCatalog.parse(text, at: location).run(in: self)
            }
            return !outputFailed
        } catch {
            report(error, at: item.location)
            return false
        }
    }

    /// Runs a statement and prints its result, warnings, change counts and footer.
    func runStatement(_ text: String, at location: SourceLocation) throws(ShellError) {
        let clock = ContinuousClock()
        let began = clock.now
        let result: QueryResult
        do { result = try engine.run(text, file: location.file, start: location) } catch { throw .statement(error) }
        try show(result, elapsed: clock.now - began)
    }

    /// Prints a result in the session's format, then (not into a file of data) warnings, changes and footer.
    func show(_ result: QueryResult, elapsed: Duration? = nil) throws(ShellError) {
        for warning in result.warnings { warn(warning) }
        try emit(ResultRenderer.render(result, format: format, store: store, width: screenWidth))
        if !result.changes.isEmpty { note(result.changes.summary) }
        let footer = ResultRenderer.footer(rowCount: result.rows.count, elapsed: timing ? elapsed : nil)
        switch mode {
        case .interactive: note(footer)
        case .script where timing && elapsed != nil: note(footer)
        case .script: break
        }
    }

    /// Writes command or result text where results go.
    /// The width output to the screen must fit (the terminal's or `$COLUMNS`); `nil` when writing to a file.
    var screenWidth: Int? { output.isConsole ? console.columns() : nil }

    func emit(_ text: String) throws(ShellError) {
        try output.write(text, console: console)
    }

    /// A line for the person, not for the data: on standard output at the prompt, on standard error in
    /// scripts, so piped results stay clean.
    func note(_ line: String) {
        switch mode {
        case .interactive: console.standardOutput(line + "\n")
        case .script: console.standardError(line + "\n")
        }
    }

    /// `warning: ...` on standard error.
    func warn(_ message: String) {
        console.standardError(errorPalette.yellow("warning: ") + message + "\n")
    }

    /// Styling for text bound where results go.
    var outputPalette: Palette {
        Palette(enabled: output.isConsole && console.outputIsTerminal && console.colourAllowed)
    }

    private var errorPalette: Palette {
        Palette(enabled: console.errorIsTerminal && console.colourAllowed)
    }

    private func report(_ error: ShellError, at location: SourceLocation) {
        guard let text = error.rendered(at: location) else { return }
        let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        let first = errorPalette.red(String(lines[0]))
        console.standardError(first + (lines.count > 1 ? "\n" + lines[1] : "") + "\n")
    }

    private func record(_ item: ScriptItem) {
        switch item {
        case .statement(let text, _): history.append(text + ";")
        case .command(let text, _): history.append(text)
        }
        if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
    }
}

extension ScriptItem {
    /// Where the item starts.
    var location: SourceLocation {
        switch self {
        case .statement(_, let location), .command(_, let location): return location
        }
    }
}
