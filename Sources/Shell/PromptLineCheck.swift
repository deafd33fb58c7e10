import Foundation
import LineEditor
import QueryLexer

/// What the interactive prompt does after each Enter, before anything runs: a first line that is only a
/// word people type at other prompts (`help`, `quit`, `exit`, `clear`, a bare `?`) gets an immediate hint
/// instead of a continuation prompt; an empty line under an unfinished statement reminds that statements end
/// with `;`; a line starting with `?` and a question goes on as one line (the `?QUESTION` shortcut of `:ask`,
/// which the shell runs like a command line); everything else is complete when `ScriptSplitter` says so.
enum PromptLineCheck {
    /// First-line words and their hints (lower case, without a trailing `;`).
    static let hints: [String: String] = [
        "help": "commands start with ':' — type :help for help, :quit to leave",
        "quit": "commands start with ':' — type :quit (or press Ctrl-D) to leave",
        "exit": "commands start with ':' — type :quit (or press Ctrl-D) to leave",
        "bye": "commands start with ':' — type :quit (or press Ctrl-D) to leave",
        "clear": "press Ctrl-L to clear the screen; commands start with ':' — :help lists them",
        "cls": "press Ctrl-L to clear the screen; commands start with ':' — :help lists them",
        "?": "commands start with ':' — type :help for help, :quit to leave",
        "\\?": "commands start with ':' — type :help for help, :quit to leave",
        "\\q": "commands start with ':' — type :quit (or press Ctrl-D) to leave",
        "\\h": "commands start with ':' — type :help for help, :quit to leave",
    ]

    /// The reminder after Enter on an empty line under an unfinished statement.
    static let semicolonReminder = "statements end with ';' — type ; and Enter to run it, or Ctrl-C to drop it"

    /// The decision for the lines typed so far.
    static func check(_ lines: [String]) -> LineCheck {
        if lines.count == 1 {
            let word = lines[0].trimmingCharacters(in: .whitespaces)
            let bare = word.hasSuffix(";") ? String(word.dropLast()).trimmingCharacters(in: .whitespaces) : word
            if let hint = hints[bare.lowercased()] { return .discard(note: hint) }
            if word.hasPrefix("?") { return .complete }
        }
        if ScriptSplitter.isComplete(lines.joined(separator: "\n")) { return .complete }
        let last = lines[lines.count - 1], previous = lines.count > 1 ? lines[lines.count - 2] : ""
        let remind = last.allSatisfy(\.isWhitespace) && !previous.allSatisfy(\.isWhitespace)
        return .incomplete(note: remind ? semicolonReminder : nil)
    }
}
