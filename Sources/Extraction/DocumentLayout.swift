import TradeText

/// How a document is laid out: which lines carry its statements, who speaks on each, and the people the
/// speakers list and the turn headers name. A transcript turn starts with a short line `Name:`; a bilingual
/// document reads its English paragraphs, each with the Chinese paragraph before it, which prevails.
struct DocumentLayout {
    /// A line to read, with the turn it belongs to.
    struct Statement {
        let line: Int
        let text: String
        let speaker: Speaker?
        /// The Chinese paragraph this English one translates (bilingual documents).
        let chinese: String?
        /// Where the text goes on on a later line, when a page break splits its last sentence (`PageBreaks`).
        var continuation: PageBreaks.Continuation?
        /// The row of a table the line is, with its header (`TableRow`).
        var tableRow: TableRow?

        /// The marks that open an item of a bulleted list ("- Wind turbines: ...", "● 东盟：...").
        static let bullets: Set<Character> = ["-", "•", "●", "▶", "·", "*", "◆", "■", "▪", "–"]

        /// Whether the statement is an item of a bulleted list.
        var isListItem: Bool {
            text.first { !$0.isWhitespace }.map(Self.bullets.contains) ?? false
        }
    }

    /// Someone who speaks: an entity of the graph, or a person this draft proposes.
    struct Speaker: Hashable {
        let id: String
        let name: String
        let nameZH: String?
        let proposed: Bool
    }

    private(set) var statements: [Statement] = []
    private(set) var speakers: [Speaker] = []

    init(lines: [String], language: DocumentLanguage, gazetteer: Gazetteer) {
        var current: Speaker?
        var chineseBefore: (line: Int, text: String, speaker: Speaker?)?
        let listed = Self.listedNames(lines)
        for (index, raw) in lines.enumerated() {
            let text = raw.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            if let header = Self.header(text) {
                if language == .bilingual, header.isChinese { continue }
                current = Self.speaker(header, listed: listed, gazetteer: gazetteer)
                if let current, !speakers.contains(current) { speakers.append(current) }
                continue
            }
            if language == .bilingual, text.isChinese {
                // A Chinese paragraph that no English one follows is read on its own, never dropped.
                if let pending = chineseBefore { statements.append(Self.alone(pending)) }
                chineseBefore = (index + 1, raw, current)
                continue
            }
            statements.append(Statement(line: index + 1, text: raw, speaker: current, chinese: chineseBefore?.text))
            chineseBefore = nil
        }
        if let pending = chineseBefore { statements.append(Self.alone(pending)) }
        statements = PageBreaks.joined(statements, lines: lines)
        let rows = TableRow.rows(in: lines)
        for index in statements.indices { statements[index].tableRow = rows[statements[index].line] }
    }

    private static func alone(_ paragraph: (line: Int, text: String, speaker: Speaker?)) -> Statement {
        Statement(line: paragraph.line, text: paragraph.text, speaker: paragraph.speaker, chinese: nil)
    }

    /// The name of a turn header, `Wang Jun:` or `海关总署副署长王军:`, without the page-break tag some pages carry.
    static func header(_ text: String) -> String? {
        guard text.count <= 60, let last = text.last, last == ":" || last == "：" else { return nil }
        var name = String(text.dropLast())
        if let tag = name.range(of: "_tag_") { name = String(name[tag.upperBound...]) }
        guard !name.contains(where: { ".。,，;；!?".contains($0) }) || name.hasSuffix(".com") else { return nil }
        return name.trimmingCharacters(in: .whitespaces)
    }

    /// The people of the speakers list: `Mr. Wang Lingjun, vice minister of ...`.
    private static func listedNames(_ lines: [String]) -> Set<String> {
        var names: Set<String> = []
        var inList = false
        for line in lines {
            let text = line.trimmingCharacters(in: .whitespaces)
            if let header = header(text) {
                inList = ["speakers", "chairperson", "speaker", "chair"].contains(header.lowercased())
                continue
            }
            guard inList, let comma = text.firstIndex(of: ",") else { continue }
            var name = String(text[..<comma])
            for title in ["Mr. ", "Ms. ", "Mrs. ", "Dr. "] where name.hasPrefix(title) { name = String(name.dropFirst(title.count)) }
            names.insert(name)
        }
        return names
    }

    private static func speaker(_ header: String, listed: Set<String>, gazetteer: Gazetteer) -> Speaker? {
        let mentions = gazetteer.mentions(in: NormalizedText(header)).filter { $0.label == "Person" }
        if let person = mentions.last { return Speaker(id: person.id, name: person.name, nameZH: nil, proposed: false) }
        guard listed.contains(header) else { return nil }
        return Speaker(id: Slug.make(header), name: header, nameZH: nil, proposed: true)
    }
}

/// Ids as the graph writes them: lower case, words joined by hyphens.
enum Slug {
    static func make(_ text: String) -> String {
        let words = text.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.joined(separator: "-")
    }
}
