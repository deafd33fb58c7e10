#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibedit

/// An interactive line editor for a statement prompt, built on libedit.
///
/// It uses libedit's native API (`histedit.h`: `el_init`, `el_wgets`, `history_w`) rather than its
/// readline compatibility layer because the native API gives what the prompt needs without global state
/// or guesswork: wide-character input (`el_wgets`) so a Chinese character is one character to move over
/// and delete; a history object whose entries may hold newlines, saved to any `FILE *` (`H_SAVE_FP`) so
/// the file can be written safely through a temporary file; a named editor function bound to Tab that
/// sees the whole line and the cursor; and a replaceable character reader (`EL_GETCFN`). That reader
/// is what makes Ctrl-C reliable: it waits with `poll(2)` on the terminal and on a self-pipe that the
/// SIGINT handler writes to, so Ctrl-C ends `el_wgets` at once whichever thread received the signal.
/// (libedit's built-in reader may retry a read that a signal interrupted, so an `EINTR` alone is not a
/// dependable way out, and with `EL_SIGNAL` or the readline layer libedit installs handlers of its own
/// that re-raise the signal.) The variadic `el_set` and `history` calls go through the typed
/// wrappers in the `CLibedit` module.
///
/// Graph-agnostic: the caller passes the prompt texts, decides when a statement is complete and
/// supplies completion candidates. One editor at a time owns the terminal and the signal handlers;
/// create it only when standard input is a terminal.
///
/// Ctrl-C: while `readStatement` runs, the line (and earlier continuation lines) are discarded and
/// `.interrupted` is returned. While `runInterruptible` runs, `onInterrupt` is called on a background
/// thread. Otherwise Ctrl-C is ignored. A terminal resize redraws the line (`el_resize`).
public final class LineEditor {
    /// The libedit handle.
    private let editLine: OpaquePointer
    /// The history list and its file.
    private let history: EditHistory
    /// The prompt libedit shows, zero-terminated; owned here so the pointer the prompt callback hands
    /// to libedit stays valid until the prompt changes.
    private var promptText: UnsafeMutablePointer<wchar_t>
    /// The name and help of the Tab function, zero-terminated; libedit keeps these pointers (not copies)
    /// until `el_end`, so they are owned here and freed after it.
    private let completeFunctionName: UnsafeMutablePointer<wchar_t>, completeFunctionHelp: UnsafeMutablePointer<wchar_t>
    /// Signal actions that were in place before this editor, restored when it goes away.
    private var previousActions: [Int32: sigaction] = [:]
    /// Assembles UTF-8 bytes from the terminal into characters.
    private var decoder = UTF8ByteDecoder()
    /// Set by the character reader when Ctrl-C ended `el_wgets`.
    private var wasInterrupted = false
    /// The terminal input.
    private let inputDescriptor: Int32 = STDIN_FILENO

    /// Whether entries are written to the history file. Entries still go to the in-memory history (for
    /// the up arrow and Ctrl-R) when this is false.
    public var historyEnabled: Bool

    /// Offers completions for Tab: given the current line and the cursor (in Unicode scalars), returns
    /// the word to replace and the candidates. One candidate is inserted; with several, their common
    /// prefix is inserted and all are listed below the line. `nil` makes Tab beep.
    public var completer: ((_ line: String, _ cursor: Int) -> Completion)?

    /// Called, on a background thread, when Ctrl-C is pressed inside ``runInterruptible(_:)``; the shell
    /// sets the query engine's cancellation flag here.
    public var onInterrupt: (@Sendable () -> Void)? {
        get { SignalRelay.interruptCallback.withLock { $0 } }
        set { SignalRelay.interruptCallback.withLock { $0 = newValue } }
    }

    /// Why the history file could not be read or written last time, for the shell to report.
    public var historyError: String? { history.lastError }

    /// The history entries, oldest first; a multi-line statement is one entry.
    public var historyEntries: [String] { history.entries }

    /// The history file the shell should use: `$TRADEGRAPH_HISTORY` when set and not empty, else
    /// `~/.tradegraph_history`, else `nil` when there is no home folder.
    public static func defaultHistoryPath(environment: [String: String]) -> String? {
        if let path = environment["TRADEGRAPH_HISTORY"], !path.isEmpty { return path }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home.hasSuffix("/") ? home + ".tradegraph_history" : home + "/.tradegraph_history"
    }

    /// Sets up libedit on the standard streams in emacs mode, switches `LC_CTYPE` to UTF-8, loads the
    /// history from `historyPath` (`nil`: in memory only), keeps at most `historyLimit` entries, reads
    /// `~/.editrc`, and installs the SIGINT, SIGWINCH and SIGCONT handlers. Returns `nil` when libedit
    /// cannot be initialised.
    public init?(programName: String, historyPath: String?, historyLimit: Int = 1000) {
        TerminalLocale.ensureUTF8()
        guard let history = EditHistory(path: historyPath, limit: historyLimit) else { return nil }
        guard let editLine = el_init(programName, tg_stdin(), tg_stdout(), tg_stderr()) else { return nil }
        self.editLine = editLine
        self.history = history
        self.promptText = LineEditor.allocatePrompt("")
        self.completeFunctionName = LineEditor.allocatePrompt("tradegraph-complete")
        self.completeFunctionHelp = LineEditor.allocatePrompt("Complete the word at the cursor")
        self.historyEnabled = historyPath != nil
        history.load()

        tg_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        tg_el_set_signal(editLine, 0)
        tg_el_set_editor(editLine, "emacs")
        tg_el_set_wprompt(editLine, LineEditor.promptCallback)
        tg_el_set_whist(editLine, history.handle)
        tg_el_set_getc(editLine, LineEditor.readCharacterCallback)
        tg_el_add_wfunction(editLine, completeFunctionName, completeFunctionHelp, LineEditor.completeCallback)
        tg_el_bind(editLine, "^I", "tradegraph-complete")
        // Emacs mode binds ^R to redisplay by default; make it incremental reverse history search.
        tg_el_bind(editLine, "^R", "em-inc-search-prev")
        // User customisations in ~/.editrc come last so they win.
        el_source(editLine, nil)
        previousActions = SignalRelay.install()
    }

    deinit {
        SignalRelay.enter(.idle)
        SignalRelay.restore(previousActions)
        el_end(editLine)
        promptText.deallocate()
        completeFunctionName.deallocate()
        completeFunctionHelp.deallocate()
    }

    /// Reads one statement: shows `prompt`, then `continuationPrompt` for each further line until
    /// `isComplete` accepts the lines joined with `"\n"`. Blank first lines just prompt again. The
    /// statement becomes one history entry, saved to the file when `historyEnabled`. Ctrl-D on an empty
    /// continuation line returns what was typed so far, for the caller to report as incomplete.
    public func readStatement(prompt: String, continuationPrompt: String,
                              isComplete: (String) -> Bool) -> ReadResult {
        readStatement(prompt: prompt, continuationPrompt: continuationPrompt) { lines in
            isComplete(lines.joined(separator: "\n")) ? .complete : .incomplete(note: nil)
        }
    }

    /// Reads lines as `readStatement(prompt:continuationPrompt:isComplete:)` does, but lets `check` see the
    /// lines typed so far and answer with a `LineCheck`: so a shell can hint at a mistyped first line or
    /// remind what ends a statement, without the editor knowing the language.
    public func readStatement(prompt: String, continuationPrompt: String, check: ([String]) -> LineCheck) -> ReadResult {
        SignalRelay.enter(.editing)
        SignalRelay.clearPending()
        defer { SignalRelay.enter(.idle) }
        var lines: [String] = []
        while true {
            setPrompt(lines.isEmpty ? prompt : continuationPrompt)
            wasInterrupted = false
            decoder = UTF8ByteDecoder()
            var count: Int32 = 0
            let text = el_wgets(editLine, &count)
            if wasInterrupted {
                write("^C\n")
                return .interrupted
            }
            guard let text, count > 0 else {
                if lines.isEmpty {
                    write("\n")
                    return .endOfInput
                }
                write("\n")
                return record(lines.joined(separator: "\n"))
            }
            var line = WideString.string(text, count: Int(count))
            if line.hasSuffix("\n") { line.removeLast() }
            if lines.isEmpty, line.allSatisfy(\.isWhitespace) { continue }
            lines.append(line)
            switch check(lines) {
            case .complete: return record(lines.joined(separator: "\n"))
            case .incomplete(let note): if let note { write(note + "\n") }
            case .discard(let note):
                write(note + "\n")
                lines.removeAll()
            }
        }
    }

    /// Runs `body` (a query) with Ctrl-C routed to ``onInterrupt`` instead of being ignored.
    ///
    /// SIGINT is blocked on the calling thread meanwhile, so the kernel hands it to a thread that is waiting
    /// (the watcher of the cancel pipe) rather than to the one computing: a thread that never makes a system
    /// call would otherwise hold a deferred signal under ThreadSanitizer, and the query would never stop.
    public func runInterruptible<T>(_ body: () throws -> T) rethrows -> T {
        let previous = SignalRelay.enter(.running)
        var interrupt = sigset_t(), saved = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_BLOCK, &interrupt, &saved)
        // A Ctrl-C between the end of editing and here was remembered, not acted on: it is this query's.
        if SignalRelay.interruptPending.exchange(false, ordering: .sequentiallyConsistent) { onInterrupt?() }
        defer {
            pthread_sigmask(SIG_SETMASK, &saved, nil)
            SignalRelay.enter(previous)
        }
        return try body()
    }

    /// Adds `entry` to the history (and its file when `historyEnabled`), as `readStatement` does.
    public func addToHistory(_ entry: String) {
        history.add(entry)
        if historyEnabled { history.save() }
    }

    /// Empties the in-memory history; the file follows at the next save.
    public func clearHistory() {
        history.clear()
    }

    // MARK: - Internals

    private func record(_ statement: String) -> ReadResult {
        addToHistory(statement)
        return .statement(statement)
    }

    private func setPrompt(_ text: String) {
        let old = promptText
        promptText = LineEditor.allocatePrompt(text)
        old.deallocate()
    }

    /// `text` as a zero-terminated wide string the caller owns.
    private static func allocatePrompt(_ text: String) -> UnsafeMutablePointer<wchar_t> {
        let wide = WideString.make(text)
        let pointer = UnsafeMutablePointer<wchar_t>.allocate(capacity: wide.count)
        pointer.initialize(from: wide, count: wide.count)
        return pointer
    }

    private func write(_ text: String) {
        fputs(text, tg_stdout())
        fflush(tg_stdout())
    }

    /// libedit's character reader: waits for a byte from the terminal or for a signal's wake-up byte.
    /// Returns 1 with a character, 0 at the end of input, -1 (errno EINTR) when Ctrl-C abandons the line.
    private func readCharacter(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        while true {
            if SignalRelay.interruptPending.exchange(false, ordering: .sequentiallyConsistent) {
                wasInterrupted = true
                errno = EINTR
                return -1
            }
            if SignalRelay.redrawPending.exchange(false, ordering: .sequentiallyConsistent) {
                el_resize(editLine)
                tg_el_refresh(editLine)
            }
            var descriptors = [
                pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: SignalRelay.wakeRead.load(ordering: .relaxed), events: Int16(POLLIN), revents: 0),
            ]
            if poll(&descriptors, nfds_t(descriptors.count), -1) < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return -1
            }
            if descriptors[1].revents != 0 {
                SignalRelay.drainWakePipe()
                continue
            }
            guard descriptors[0].revents != 0 else { continue }
            var byte: UInt8 = 0
            let got = read(inputDescriptor, &byte, 1)
            if got == 0 { return 0 }
            if got < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return -1
            }
            if let scalar = decoder.feed(byte) {
                character.pointee = wchar_t(bitPattern: scalar.value)
                return 1
            }
        }
    }

    /// Tab: asks the completer and edits the line. Returns a libedit `CC_` code.
    private func complete() -> UInt8 {
        guard let completer, let info = el_wline(editLine)?.pointee,
              let buffer = info.buffer, let cursor = info.cursor, let last = info.lastchar else {
            return UInt8(CC_REFRESH_BEEP)
        }
        let line = WideString.string(buffer, count: last - buffer)
        let cursorOffset = cursor - buffer
        let completion = completer(line, cursorOffset)
        let start = min(max(completion.wordStart, 0), cursorOffset)
        let typed = WideString.string(buffer + start, count: cursorOffset - start)
        switch completion.candidates.count {
        case 0:
            return UInt8(CC_REFRESH_BEEP)
        case 1:
            replace(typedCount: cursorOffset - start, with: completion.candidates[0] + completion.suffixWhenUnique)
            return UInt8(CC_REFRESH)
        default:
            let prefix = completion.commonPrefix
            if prefix.unicodeScalars.count > typed.unicodeScalars.count,
               prefix.lowercased().hasPrefix(typed.lowercased()) {
                replace(typedCount: cursorOffset - start, with: prefix)
            }
            write("\n" + CandidateColumns.layout(completion.candidates, width: terminalWidth()))
            return UInt8(CC_REDISPLAY)
        }
    }

    private func replace(typedCount: Int, with text: String) {
        if typedCount > 0 { el_deletestr(editLine, Int32(typedCount)) }
        var wide = WideString.make(text)
        el_winsertstr(editLine, &wide)
    }

    private func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    /// The editor that owns `editLine`, through libedit's client data.
    private static func owner(of editLine: OpaquePointer?) -> LineEditor? {
        guard let editLine, let data = tg_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    private static let promptCallback: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<wchar_t>? = { editLine in
        owner(of: editLine)?.promptText
    }

    private static let readCharacterCallback: @convention(c) (OpaquePointer?, UnsafeMutablePointer<wchar_t>?) -> Int32 = { editLine, character in
        guard let editor = owner(of: editLine), let character else { return -1 }
        return editor.readCharacter(into: character)
    }

    private static let completeCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editLine, _ in
        guard let editor = owner(of: editLine) else { return UInt8(CC_ERROR) }
        return editor.complete()
    }
}
