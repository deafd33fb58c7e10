/// Reads a value written in the TCK's notation: `null`, `true`, `1`, `-0.5`, `1e3`, `NaN`, `'text'`,
/// `[1, 2]`, `{k: 'v'}`, nodes `(:A:B {k: 1})`, relationships `[:T {k: 1}]`, paths `<(:A)-[:T]->(:B)>`.
struct TCKValueParser {
    /// What the text is and where it stopped making sense.
    struct Failure: Error, CustomStringConvertible {
        var text: String
        var offset: Int
        var description: String { "cannot read TCK value \(text) at offset \(offset)" }
    }

    private let characters: [Character]
    private var position = 0

    /// Parses one whole value; anything left over is a failure.
    static func parse(_ text: String) throws(Failure) -> TCKValue {
        var parser = TCKValueParser(characters: Array(text))
        let value = try parser.value()
        parser.skipSpaces()
        guard parser.position == parser.characters.count else { throw parser.failure }
        return value
    }

    private init(characters: [Character]) { self.characters = characters }

    private var failure: Failure { Failure(text: String(characters), offset: position) }
    private var current: Character? { position < characters.count ? characters[position] : nil }

    private mutating func skipSpaces() {
        while let character = current, character.isWhitespace { position += 1 }
    }

    private mutating func take(_ text: String) -> Bool {
        skipSpaces()
        let expected = Array(text)
        guard characters[position...].starts(with: expected) else { return false }
        position += expected.count
        return true
    }

    private mutating func expect(_ text: String) throws(Failure) {
        guard take(text) else { throw failure }
    }

    private mutating func value() throws(Failure) -> TCKValue {
        skipSpaces()
        switch current {
        case "'", "\"": return .string(try string())
        case "(": return try node()
        case "<": return try path()
        case "{": return .map(try map())
        case "[":
            if characters.dropFirst(position + 1).first(where: { !$0.isWhitespace }) == ":" { return try relationship() }
            return .list(try list())
        default: return try word()
        }
    }

    private mutating func word() throws(Failure) -> TCKValue {
        let start = position
        while let character = current, character.isLetter || character.isNumber || "+-._".contains(character) { position += 1 }
        let text = String(characters[start..<position])
        switch text {
        case "null": return .null
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "NaN": return .float(.nan)
        case "Inf", "Infinity": return .float(.infinity)
        case "-Inf", "-Infinity": return .float(-.infinity)
        default:
            if let number = Int64(text) { return .int(number) }
            if text.contains(where: { $0.isNumber }), let number = Double(text) { return .float(number) }
            position = start
            throw failure
        }
    }

    private mutating func string() throws(Failure) -> String {
        guard let quote = current else { throw failure }
        position += 1
        var text = ""
        while let character = current, character != quote {
            position += 1
            guard character == "\\", let escaped = current else {
                text.append(character)
                continue
            }
            position += 1
            text.append(["n": "\n", "t": "\t", "r": "\r"][escaped] ?? escaped)
        }
        guard current == quote else { throw failure }
        position += 1
        return text
    }

    private mutating func list() throws(Failure) -> [TCKValue] {
        try expect("[")
        var items: [TCKValue] = []
        if take("]") { return items }
        repeat { items.append(try value()) } while take(",")
        try expect("]")
        return items
    }

    private mutating func map() throws(Failure) -> [String: TCKValue] {
        try expect("{")
        var entries: [String: TCKValue] = [:]
        if take("}") { return entries }
        repeat {
            let key = try name()
            try expect(":")
            entries[key] = try value()
        } while take(",")
        try expect("}")
        return entries
    }

    private mutating func name() throws(Failure) -> String {
        skipSpaces()
        if current == "`" {
            position += 1
            let start = position
            while let character = current, character != "`" { position += 1 }
            defer { position += 1 }
            return String(characters[start..<position])
        }
        let start = position
        while let character = current, character.isLetter || character.isNumber || character == "_" { position += 1 }
        guard position > start else { throw failure }
        return String(characters[start..<position])
    }

    private mutating func node() throws(Failure) -> TCKValue {
        try expect("(")
        var labels: Set<String> = []
        while take(":") { labels.insert(try name()) }
        let properties = peekIs("{") ? try map() : [:]
        try expect(")")
        return .node(labels: labels, properties: properties)
    }

    private mutating func relationship() throws(Failure) -> TCKValue {
        try expect("[")
        try expect(":")
        let type = try name()
        let properties = peekIs("{") ? try map() : [:]
        try expect("]")
        return .relationship(type: type, properties: properties)
    }

    private mutating func path() throws(Failure) -> TCKValue {
        try expect("<")
        var nodes = [try node()]
        var steps: [TCKValue.PathStep] = []
        while !take(">") {
            let backward = take("<-")
            if !backward { try expect("-") }
            let relationship = try relationship()
            try expect(backward ? "-" : "->")
            steps.append(TCKValue.PathStep(relationship: relationship, forward: !backward))
            nodes.append(try node())
        }
        return .path(nodes: nodes, steps: steps)
    }

    private mutating func peekIs(_ character: Character) -> Bool {
        skipSpaces()
        return current == character
    }
}
