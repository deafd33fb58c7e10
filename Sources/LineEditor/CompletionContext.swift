/// Classifies the word at the cursor of an openCypher prompt line, so that a shell completes the right
/// kind of name while only supplying word lists; it knows the query language's punctuation, not the graph.
///
/// Offsets are Unicode scalars, as in ``Completion``.
public struct CompletionContext: Equatable, Sendable {
    /// What kind of word the cursor is in.
    public enum Kind: Equatable, Sendable {
        /// A keyword or function name (the default).
        case keywordOrFunction
        /// A node label, after `:` inside `( )` or after `variable:` outside a pattern.
        case label
        /// A relationship type, after `[:` or `|` inside `[ ]`.
        case relationshipType
        /// A property key, after `.`.
        case propertyKey
        /// A function of a namespace, after `fmt.` or `period.` (`namespace` without the dot).
        case function(namespace: String)
        /// An entity name: inside an open quote, or the argument of `:describe`.
        case entityName
        /// A prompt command such as `:source`, at the start of the line.
        case command
        /// A file or folder name, after a command that takes one.
        case fileName
        /// Another argument of a prompt command (`:format`, `:help`, `:timing`, ...), named without `:`.
        case commandArgument(command: String)
        /// The cursor is where nothing can be completed, such as inside a comment.
        case nothing
    }

    /// Commands whose first argument is a file or folder.
    public static let fileCommands: Set<String> = [":source", ":load", ":save", ":output"]
    /// Commands whose argument is an entity name.
    public static let entityCommands: Set<String> = [":describe", ":search"]

    /// The kind of word.
    public let kind: Kind
    /// The text from the start of the word to the cursor (without an opening quote).
    public let word: String
    /// Where the word starts, in Unicode scalars from the start of the line.
    public let wordStart: Int
    /// The quote that opened an entity name, to close it when the name is unique.
    public let openQuote: Character?
    /// For a quoted value, the property it is compared with (`name` in `{name: '…` or `p.name = '…`), so
    /// that the shell offers that property's values (names, not aliases); `nil` when there is none.
    public let quotedKey: String?

    /// Classifies the word ending at `cursor` (in Unicode scalars) in `line`. A word after `x.` where `x` is
    /// one of `functionNamespaces` (`fmt`, `period`) is a function name of that namespace, not a key.
    public init(line: String, cursor: Int, functionNamespaces: Set<String> = []) {
        let scalars = Array(line.unicodeScalars)
        let end = min(max(cursor, 0), scalars.count)
        let before = Array(scalars[..<end])
        if let command = Self.commandContext(before) {
            self = command
            return
        }
        let context = Self.statementContext(before)
        if context.kind == .propertyKey, let qualifier = Self.qualifier(before, dotAt: context.wordStart - 1),
           functionNamespaces.contains(qualifier.lowercased()) {
            self = CompletionContext(kind: .function(namespace: qualifier.lowercased()), scalars: before, from: context.wordStart)
            return
        }
        self = context
    }

    private init(kind: Kind, scalars: [Unicode.Scalar], from start: Int, quote: Character? = nil, quotedKey: String? = nil) {
        self.kind = kind
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start...])
        self.word = String(text)
        self.wordStart = start
        self.openQuote = quote
        self.quotedKey = quotedKey
    }

    /// The identifier ending just before the dot at `dotAt`, or `nil`.
    private static func qualifier(_ scalars: [Unicode.Scalar], dotAt: Int) -> String? {
        guard dotAt > 0, dotAt < scalars.count, scalars[dotAt] == "." else { return nil }
        var start = dotAt
        while start > 0, isIdentifier(scalars[start - 1]) { start -= 1 }
        guard start < dotAt, start == 0 || scalars[start - 1] != "." else { return nil }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<dotAt])
        return String(text)
    }

    /// The key a quote at `quoteStart` is the value of: `key:` inside a map, or `x.key =` in a comparison.
    private static func key(before scalars: [Unicode.Scalar], quoteStart: Int) -> String? {
        var index = quoteStart - 1
        while index >= 0, isBlank(scalars[index]) { index -= 1 }
        guard index >= 0, scalars[index] == ":" || scalars[index] == "=" else { return nil }
        let isMap = scalars[index] == ":"
        if !isMap, index > 0, "<>!".unicodeScalars.contains(scalars[index - 1]) { return nil }
        index -= 1
        while index >= 0, isBlank(scalars[index]) { index -= 1 }
        let end = index + 1
        while index >= 0, isIdentifier(scalars[index]) { index -= 1 }
        guard index + 1 < end else { return nil }
        if !isMap, index < 0 || scalars[index] != "." { return nil }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[(index + 1)..<end])
        return String(text)
    }

    /// The candidates from `words` that start with the word, ignoring case, in their given order
    /// without duplicates.
    public func matches(in words: [String]) -> [String] {
        let typed = word.lowercased()
        var seen: Set<String> = []
        return words.filter { candidate in
            candidate.lowercased().hasPrefix(typed) && seen.insert(candidate).inserted
        }
    }

    /// The completion for this word: file names come from the file system, everything else from `words`,
    /// which the shell answers from the live graph and its lists for each kind.
    public func completion(words: (Kind) -> [String]) -> Completion {
        switch kind {
        case .nothing:
            return .none
        case .fileName:
            return Completion(wordStart: wordStart, candidates: FileNameCompleter.candidates(for: word))
        case .entityName:
            let suffix = openQuote.map(String.init) ?? ""
            return Completion(wordStart: wordStart, candidates: matches(in: words(kind)), suffixWhenUnique: suffix)
        case .command:
            // A command is followed by its argument, as a shell completes a command name.
            return Completion(wordStart: wordStart, candidates: matches(in: words(kind)), suffixWhenUnique: " ")
        default:
            return Completion(wordStart: wordStart, candidates: matches(in: words(kind)))
        }
    }

    // MARK: - Commands

    /// The context on a line that starts with `:`, or `nil` when the line is a statement.
    private static func commandContext(_ before: [Unicode.Scalar]) -> CompletionContext? {
        var index = 0
        while index < before.count, isBlank(before[index]) { index += 1 }
        guard index < before.count, before[index] == ":" else { return nil }
        // Split into blank-separated words, remembering where each starts.
        var starts: [Int] = []
        var position = index
        while position < before.count {
            if isBlank(before[position]) {
                position += 1
                continue
            }
            starts.append(position)
            while position < before.count, !isBlank(before[position]) { position += 1 }
        }
        let endsInBlank = before.last.map(isBlank) ?? false
        let currentStart = endsInBlank ? before.count : (starts.last ?? before.count)
        let wordIndex = endsInBlank ? starts.count : starts.count - 1
        func wordText(_ number: Int) -> String {
            let start = starts[number]
            var stop = start
            while stop < before.count, !isBlank(before[stop]) { stop += 1 }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: before[start..<stop])
            return String(text)
        }
        if wordIndex == 0 {
            return CompletionContext(kind: .command, scalars: before, from: currentStart)
        }
        let command = wordText(0).lowercased()
        if entityCommands.contains(command) {
            // The rest of the line is one name, blanks included; an opening quote is skipped.
            guard let argumentStart = starts.count > 1 ? starts[1] : nil else {
                return CompletionContext(kind: .entityName, scalars: before, from: before.count)
            }
            if before[argumentStart] == "'" || before[argumentStart] == "\"" {
                return CompletionContext(kind: .entityName, scalars: before, from: argumentStart + 1,
                                         quote: Character(before[argumentStart]))
            }
            return CompletionContext(kind: .entityName, scalars: before, from: argumentStart)
        }
        if fileCommands.contains(command), wordIndex == 1 {
            return CompletionContext(kind: .fileName, scalars: before, from: currentStart)
        }
        if command == ":export" {
            if wordIndex == 2, wordText(1).lowercased() == "dot" {
                return CompletionContext(kind: .fileName, scalars: before, from: currentStart)
            }
            if wordIndex == 1 {
                return CompletionContext(kind: .commandArgument(command: "export"), scalars: before, from: currentStart)
            }
            return CompletionContext(kind: .nothing, scalars: before, from: before.count)
        }
        if wordIndex == 1 {
            return CompletionContext(kind: .commandArgument(command: String(command.dropFirst())),
                                     scalars: before, from: currentStart)
        }
        return CompletionContext(kind: .nothing, scalars: before, from: before.count)
    }

    // MARK: - Statements

    /// The context inside a statement line: scans quotes, comments and brackets up to the cursor.
    private static func statementContext(_ before: [Unicode.Scalar]) -> CompletionContext {
        var brackets: [Unicode.Scalar] = []
        var index = 0
        var quote: Unicode.Scalar?
        var quoteStart = 0
        var identifierBoundary = 0
        while index < before.count {
            let scalar = before[index]
            if let open = quote {
                if scalar == "\\", open != "`" {
                    index += 2
                    continue
                }
                if scalar == open { quote = nil; identifierBoundary = index + 1 }
                index += 1
                continue
            }
            switch scalar {
            case "'", "\"", "`":
                quote = scalar
                quoteStart = index
            case "/" where index + 1 < before.count && before[index + 1] == "/":
                return CompletionContext(kind: .nothing, scalars: before, from: before.count)
            case "/" where index + 1 < before.count && before[index + 1] == "*":
                guard let close = findCommentEnd(before, from: index + 2) else {
                    return CompletionContext(kind: .nothing, scalars: before, from: before.count)
                }
                index = close
                identifierBoundary = close
                continue
            case "(", "[", "{":
                brackets.append(scalar)
            case ")", "]", "}":
                if !brackets.isEmpty { brackets.removeLast() }
            default:
                break
            }
            index += 1
        }
        if let open = quote {
            if open == "`" {
                return identifierContext(before, wordStart: quoteStart + 1, markAt: quoteStart - 1, brackets: brackets)
            }
            return CompletionContext(kind: .entityName, scalars: before, from: quoteStart + 1,
                                     quote: Character(open), quotedKey: key(before: before, quoteStart: quoteStart))
        }
        var start = before.count
        while start > identifierBoundary, isIdentifier(before[start - 1]) { start -= 1 }
        return identifierContext(before, wordStart: start, markAt: start - 1, brackets: brackets)
    }

    /// Decides from the character before the word (at `markAt`) what kind of name the word is.
    private static func identifierContext(_ before: [Unicode.Scalar], wordStart: Int, markAt: Int,
                                          brackets: [Unicode.Scalar]) -> CompletionContext {
        var mark = markAt
        // `(n: Person` and `[r: T` allow a blank after the colon.
        while mark >= 0, isBlank(before[mark]) { mark -= 1 }
        let previous = mark >= 0 ? before[mark] : nil
        let innermost = brackets.last
        switch previous {
        case ".":
            // `1.5` is a number, `..` is a range in a variable-length pattern.
            let beforeDot = mark > 0 ? before[mark - 1] : nil
            if let beforeDot, isIdentifier(beforeDot) || beforeDot == ")" || beforeDot == "]" || beforeDot == "`",
               !(beforeDot.properties.numericType != nil && isNumberStart(before, at: mark - 1)) {
                return CompletionContext(kind: .propertyKey, scalars: before, from: wordStart)
            }
            return CompletionContext(kind: .nothing, scalars: before, from: before.count)
        case ":":
            switch innermost {
            case "[": return CompletionContext(kind: .relationshipType, scalars: before, from: wordStart)
            case "{": return CompletionContext(kind: .keywordOrFunction, scalars: before, from: wordStart)
            default: return CompletionContext(kind: .label, scalars: before, from: wordStart)
            }
        case "|" where innermost == "[":
            return CompletionContext(kind: .relationshipType, scalars: before, from: wordStart)
        case "$":
            return CompletionContext(kind: .nothing, scalars: before, from: before.count)
        default:
            if wordStart < before.count, before[wordStart].properties.numericType != nil,
               before[wordStart].isASCII {
                return CompletionContext(kind: .nothing, scalars: before, from: before.count)
            }
            return CompletionContext(kind: .keywordOrFunction, scalars: before, from: wordStart)
        }
    }

    /// Whether the identifier-like run ending at `index` is a number (starts with a digit).
    private static func isNumberStart(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var start = index
        while start > 0, isIdentifier(scalars[start - 1]) { start -= 1 }
        return scalars[start].isASCII && scalars[start].properties.numericType != nil
    }

    private static func findCommentEnd(_ scalars: [Unicode.Scalar], from index: Int) -> Int? {
        var position = index
        while position + 1 < scalars.count {
            if scalars[position] == "*", scalars[position + 1] == "/" { return position + 2 }
            position += 1
        }
        return nil
    }

    private static func isIdentifier(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }
}
