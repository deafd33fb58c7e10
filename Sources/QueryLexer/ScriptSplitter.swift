import GraphModel

/// Cuts script text into statements and prompt commands without parsing it, so that one bad statement
/// cannot hide the ones after it, and tells the prompt whether typed text is ready to run.
///
/// A statement ends at a `;` outside strings, backquoted names and comments; a command is a line whose
/// first character at the start of a statement is `:` and needs no `;`.
public enum ScriptSplitter {
    /// The statements and commands of `script`, in order. A last statement without `;` counts; text that
    /// holds only blanks and comments is no statement.
    public static func split(_ script: String, file: String? = nil) -> [ScriptItem] {
        var scanner = ScriptScanner(script, start: SourceLocation(file: file, line: 1, column: 1))
        scanner.run()
        return scanner.items
    }

    /// True when `buffer` has nothing left open: it ends with a `;` outside strings, names and comments,
    /// or with a command line, or holds nothing but blanks and comments. The prompt keeps reading lines
    /// until this is true.
    public static func isComplete(_ buffer: String) -> Bool {
        var scanner = ScriptScanner(buffer, start: SourceLocation(line: 1, column: 1))
        scanner.run()
        return !scanner.endedOpen && !scanner.endedInStatement
    }
}
