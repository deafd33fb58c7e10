import GraphModel

/// The text after a command's name, read word by word: a word is a run of non-blanks or a `'...'` / `"..."`
/// quoted string (so file and entity names may hold spaces), and `rest` hands the remainder over untouched,
/// with its column, for commands that end in a query or an expression.
struct CommandArguments {
    private let characters: [Character]
    private var position = 0
    /// Where the arguments start in the script, so a query at the end can report its own place.
    let start: SourceLocation

    /// Reads `text`, which starts at `start`.
    init(_ text: String, start: SourceLocation) {
        characters = Array(text)
        self.start = start
    }

    /// Whether only blanks remain.
    var isAtEnd: Bool {
        characters[position...].allSatisfy(\.isWhitespace)
    }

    /// The next word without consuming it, unquoted.
    var peek: String? {
        var copy = self
        return try? copy.word()
    }

    /// Where the next word (or the rest) starts.
    var location: SourceLocation {
        var copy = self
        copy.skipBlanks()
        return SourceLocation(file: start.file, line: start.line, column: start.column + copy.position)
    }

    /// The next word, unquoted, or `nil` at the end.
    mutating func word() throws(ShellError) -> String? {
        skipBlanks()
        guard position < characters.count else { return nil }
        let quote = characters[position]
        guard quote == "'" || quote == "\"" else {
            let begin = position
            while position < characters.count, !characters[position].isWhitespace { position += 1 }
            return String(characters[begin..<position])
        }
        position += 1
        let begin = position
        while position < characters.count, characters[position] != quote { position += 1 }
        guard position < characters.count else { throw .failed("unterminated \(quote) quote") }
        defer { position += 1 }
        return String(characters[begin..<position])
    }

    /// The next word, which the command needs.
    mutating func required(_ what: String, usage: String) throws(ShellError) -> String {
        guard let word = try word(), !word.isEmpty else { throw .failed("missing \(what); usage: \(usage)") }
        return word
    }

    /// A name of letters, digits and `_`, possibly empty; stops at anything else.
    mutating func identifier() -> String {
        skipBlanks()
        let begin = position
        while position < characters.count, characters[position].isLetter || characters[position].isNumber
            || characters[position] == "_" { position += 1 }
        return String(characters[begin..<position])
    }

    /// Consumes `literal` after blanks when it comes next.
    mutating func skip(_ literal: String) -> Bool {
        skipBlanks()
        guard characters[position...].starts(with: literal) else { return false }
        position += literal.count
        return true
    }

    /// Everything left, trimmed; consumes it.
    mutating func rest() -> String {
        skipBlanks()
        defer { position = characters.count }
        var text = String(characters[position...])
        while text.last?.isWhitespace == true { text.removeLast() }
        return text
    }

    /// Everything left as one name or text (`:describe European Union`), without quotes around it.
    mutating func restUnquoted() -> String {
        let text = rest()
        guard text.count > 1, let first = text.first, first == "'" || first == "\"", text.last == first else { return text }
        return String(text.dropFirst().dropLast())
    }

    /// Fails when anything is left: a typo must not be silently ignored.
    func expectEnd(usage: String) throws(ShellError) {
        guard isAtEnd else { throw .failed("unexpected '\(peek ?? "")'; usage: \(usage)") }
    }

    private mutating func skipBlanks() {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
    }
}
