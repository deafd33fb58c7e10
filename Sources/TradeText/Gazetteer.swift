import Foundation
import GraphModel
import GraphStore

/// The entities of a loaded graph by every name people use for them — English name, aliases, Chinese name —
/// found in text with the same rules as cue words. Built from the graph itself, so it works on any folder.
public struct Gazetteer: Sendable {
    /// Labels whose nodes are not things a text names: figures and documents.
    public static let unnamedLabels: Set<String> = ["Measurement", "Source"]

    private let matcher: PhraseMatcher<GazetteerEntry>
    /// Names of one Chinese character (美, 非), found only where trade names a partner by them (`loneHanMentions`).
    private let loneHan: [Character: [GazetteerEntry]]
    /// Every English name, for suggestions when a word is not understood.
    public let names: [String]

    /// The gazetteer of every named entity in `store`; a name ending in one of the lexicon's `name-head` words
    /// ("Youyiguan Port", "友谊关口岸") is also found without it, and a Chinese name holding one of the lexicon's
    /// `name-short` words also in its short form (新能源汽车 as 新能源车, 锂电池 as 锂电), and an English name ending
    /// in a `name-last` word also with the other word people write there ("foreign firms" for "foreign enterprises"),
    /// and in the other spelling of its `name-spelling` endings ("specialised", "Organisation").
    public init(store: GraphStore, lexicon: Lexicon? = nil) {
        let heads = (lexicon?.phrases(kind: "name-head") ?? []).map(\.phrase)
        let shortenings = (lexicon?.phrases(kind: "name-short") ?? []).map { (long: $0.phrase, short: $0.meaning) }
        let lastWords = (lexicon?.phrases(kind: "name-last") ?? []).map { (long: $0.phrase, short: $0.meaning) }
        let spellings = (lexicon?.phrases(kind: "name-spelling") ?? []).map { (long: $0.phrase, short: $0.meaning) }
        let counts = Set((lexicon?.phrases(kind: "number-word") ?? []).map { $0.phrase.lowercased() })
        var phrases: [(phrase: String, payload: GazetteerEntry)] = []
        var loneHan: [Character: [GazetteerEntry]] = [:]
        var names: [String] = []
        for (label, _) in store.labelCounts where !Gazetteer.unnamedLabels.contains(label) {
            for node in store.nodes(labeled: label) {
                guard case .string(let name) = store.property("name", of: node) else { continue }
                let id = store.property("id", of: node).stringValue ?? name
                names.append(name)
                let forms = store.names(of: node).flatMap { Gazetteer.withoutHead($0, heads: heads) }
                    .flatMap(Gazetteer.unquotedForms).flatMap(Gazetteer.hyphenForms).flatMap { Gazetteer.shortForms($0, shortenings: shortenings) }
                    .flatMap { Gazetteer.lastWordForms($0, synonyms: lastWords) }
                    .flatMap { Gazetteer.spellingForms($0, endings: spellings) }.flatMap { Gazetteer.possessiveForms($0, counts: counts) }
                    .flatMap(Gazetteer.numberForms).flatMap(Gazetteer.countlessForms).flatMap(Gazetteer.ampersandForms)
                for written in forms {
                    let entry = GazetteerEntry(node: node, id: id, label: label, name: name,
                                               exactCase: Gazetteer.isAbbreviation(written) ? written.replacingDots : nil)
                    if Gazetteer.isLoneHan(written), let character = written.first {
                        loneHan[character, default: []].append(entry)
                    } else {
                        phrases.append((written, entry))
                    }
                }
            }
        }
        matcher = PhraseMatcher(phrases)
        self.loneHan = loneHan
        self.names = names
    }

    /// "Belt & Road partner countries": an English name with "and" is also written with an ampersand.
    static func ampersandForms(_ name: String) -> [String] {
        name.contains(" and ") ? [name, name.replacingOccurrences(of: " and ", with: " & ")] : [name]
    }

    /// The entities named in `text`, left to right, longest name first; a name shared by several entities
    /// yields one mention for each.
    public func mentions(in text: NormalizedText) -> [EntityMention] {
        let named = matcher.matches(in: text).flatMap { match in
            let written = text.text(match.range)
            return match.payload
                .filter { $0.exactCase == nil || $0.exactCase == written.replacingDots }
                .uniqued(by: \.node)
                .map { EntityMention(node: $0.node, id: $0.id, label: $0.label, name: $0.name, text: written, range: match.range) }
        }
        let lone = loneHanMentions(in: text, outside: named.map(\.range))
        return lone.isEmpty ? named : (named + lone).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// One Chinese character ("非" for Africa, 美 for the United States) names nothing reliably inside running
    /// Chinese text, where it is part of other words (非金属, 并非), so such a name is not looked for among the others.
    static func isLoneHan(_ name: String) -> Bool {
        name.count == 1 && name.first?.isHan == true
    }

    /// Where trade names a partner by one character: between a word that introduces a partner (对, 自, 与, 同, 从, 向,
    /// 中 of 中日) and the first character of a trade word (出口, 进口, 贸易, 经贸, 双边): 对美出口, 自日进口, 对非进出口, 中日贸易.
    private func loneHanMentions(in text: NormalizedText, outside taken: [Range<Int>]) -> [EntityMention] {
        guard !loneHan.isEmpty else { return [] }
        let folded = text.folded
        var found: [EntityMention] = []
        for index in folded.indices.dropFirst().dropLast() {
            guard let entries = loneHan[folded[index]], Self.beforeLoneHan.contains(folded[index - 1]),
                  Self.afterLoneHan.contains(folded[index + 1]), !taken.contains(where: { $0.contains(index) }) else { continue }
            let range = index..<(index + 1)
            found += entries.uniqued(by: \.node).map {
                EntityMention(node: $0.node, id: $0.id, label: $0.label, name: $0.name, text: text.text(range), range: range)
            }
        }
        return found
    }
    static let beforeLoneHan: Set<Character> = Set("对自与同从向中")
    static let afterLoneHan: Set<Character> = Set("出进贸经双")

    /// A name and, when it ends in a head word and something of at least two characters stays, the name without it.
    static func withoutHead(_ name: String, heads: [String]) -> [String] {
        for head in heads where name.count > head.count + 2 && name.lowercased().hasSuffix(head.lowercased()) {
            let rest = String(name.dropLast(head.count))
            let trimmed = rest.trimmingWhitespace
            if rest.last == " " || head.first?.isHan == true, trimmed.count >= 2 { return [name, trimmed] }
        }
        return [name]
    }

    /// A name and, when it quotes a word (全球“智慧海关”合作平台, 专精特新“小巨人”企业), the name without the quotation
    /// marks, as people type it.
    static func unquotedForms(_ name: String) -> [String] {
        let unquoted = name.filter { !Self.quotationMarks.contains($0) }
        return unquoted != name && unquoted.count >= 2 ? [name, unquoted] : [name]
    }
    static let quotationMarks: Set<Character> = ["“", "”", "‘", "’", "《", "》", "「", "」", "\""]

    /// A name of words and the same with its hyphens written as spaces, or one space as a hyphen, as people
    /// write compounds either way: "abandoned-mine restoration" for "abandoned mine restoration", "cross border"
    /// for "cross-border". Names of more than six words keep their form.
    static func hyphenForms(_ name: String) -> [String] {
        guard name.first?.isLetter == true, name.first?.isHan == false else { return [name] }
        let words = name.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count <= 6 else { return [name] }
        var forms = [name]
        if name.contains("-") { forms.append(name.replacingOccurrences(of: "-", with: " ")) }
        for gap in words.indices.dropLast() where words[gap].last?.isLetter == true && words[gap + 1].first?.isLetter == true {
            forms.append(words[...gap].joined(separator: " ") + "-" + words[(gap + 1)...].joined(separator: " "))
        }
        return forms
    }

    /// A Chinese name and its short forms: each long word in it written short (汽车 as 车), when at least two
    /// characters stay.
    static func shortForms(_ name: String, shortenings: [(long: String, short: String)]) -> [String] {
        guard name.first?.isHan == true else { return [name] }
        let shortened = shortenings.compactMap { shortening -> String? in
            guard name.contains(shortening.long) else { return nil }
            let short = name.replacingOccurrences(of: shortening.long, with: shortening.short)
            return short.count >= 2 && short != name ? short : nil
        }
        return [name] + shortened
    }

    /// An English name and, when its last word has synonyms (enterprises: firms, companies), the name with each.
    static func lastWordForms(_ name: String, synonyms: [(long: String, short: String)]) -> [String] {
        guard name.first?.isHan == false, let last = name.split(separator: " ").last, name.contains(" ") else { return [name] }
        let stem = name.dropLast(last.count)
        return [name] + synonyms.filter { $0.long.caseInsensitiveCompare(last) == .orderedSame }.map { stem + $0.short }
    }

    /// An English name and the same with its word endings spelt the other way (`name-spelling`: "-ized" and
    /// "-ised", "-ization" and "-isation"), as British and American writers do: "World Trade Organisation".
    static func spellingForms(_ name: String, endings: [(long: String, short: String)]) -> [String] {
        guard name.first?.isHan == false else { return [name] }
        let words = name.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        let respelt = words.map { word in
            for ending in endings {
                for (from, to) in [(ending.long, ending.short), (ending.short, ending.long)]
                where word.count > from.count + 2 && word.lowercased().hasSuffix(from) {
                    changed = true
                    return String(word.dropLast(from.count)) + to
                }
            }
            return word
        }
        return changed ? [name, respelt.joined(separator: " ")] : [name]
    }

    /// A name and, when it ends in an English word, the same name with that word in the other number:
    /// people write "lithium battery" for "lithium batteries" and "SOE" for "SOEs".
    static func numberForms(_ name: String) -> [String] {
        guard let last = name.split(separator: " ").last, last.count > 3, last.allSatisfy({ $0.isASCII && $0.isLetter }),
              !isAbbreviation(name) else { return [name] }
        let stem = name.dropLast(last.count)
        let lower = last.lowercased()
        let other: String
        if lower.hasSuffix("ies") { other = last.dropLast(3) + "y" }
        else if lower.hasSuffix("ses") || lower.hasSuffix("xes") || lower.hasSuffix("ches") || lower.hasSuffix("shes") { other = String(last.dropLast(2)) }
        else if lower.hasSuffix("ss") || lower.hasSuffix("us") { return [name] }
        else if lower.hasSuffix("s") { other = String(last.dropLast()) }
        else if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) { other = last.dropLast() + "ies" }
        else if lower.hasSuffix("x") || lower.hasSuffix("ch") || lower.hasSuffix("sh") { other = last + "es" }
        else { other = last + "s" }
        return [name, stem + other]
    }

    /// A Chinese name that counts its members (粤港澳大湾区内地9市, 沿边9省区) and the same without the count, as writers
    /// also name the group (粤港澳大湾区内地城市): the numeral goes, and a measure word that is no noun on its own
    /// becomes the noun it stands for (市 城市, 省 省份, 国 国家). At least three characters must come before the count,
    /// so that what stays is still a name (7省市 stays as it is: 省市 names nothing).
    static func countlessForms(_ name: String) -> [String] {
        let characters = Array(name)
        guard characters.first?.isHan == true,
              let start = characters.firstIndex(where: { Self.countNumerals.contains($0) }), start >= 3 else { return [name] }
        let end = characters[start...].firstIndex { !Self.countNumerals.contains($0) } ?? characters.count
        let measure = String(characters[end...])
        guard let noun = Self.countNouns[measure] else { return [name] }
        return [name, String(characters[..<start]) + noun]
    }
    static let countNumerals: Set<Character> = Set("0123456789一二三四五六七八九十两")
    /// The measure words a count of a group's members ends in, and the noun the group is named with without it.
    static let countNouns = ["市": "城市", "省": "省份", "国": "国家", "省区": "省区", "省市": "省市", "个城市": "城市"]

    /// An English name of a part "of" its owner in lower-case words ("Nine mainland cities of the Greater Bay Area") and
    /// the same written with the owner's possessive, with and without the count: "the Greater Bay Area's mainland
    /// cities" (a first word among `counts`, the lexicon's number words, or digits is the count). Titles ("Ministry of
    /// Commerce") keep their form.
    static func possessiveForms(_ name: String, counts: Set<String>) -> [String] {
        guard name.first?.isHan == false else { return [name] }
        let halves = name.components(separatedBy: " of the ")
        let pair = halves.count == 2 ? halves : name.components(separatedBy: " of ")
        guard pair.count == 2, !pair[1].isEmpty else { return [name] }
        var head = pair[0].split(separator: " ").map(String.init)
        if let first = head.first, counts.contains(first.lowercased()) || first.allSatisfy(\.isASCIIDigit) { head.removeFirst() }
        guard !head.isEmpty, head.count <= 3, head.allSatisfy({ $0.allSatisfy { !$0.isUppercase } }) else { return [name] }
        return [name, "\(pair[1])'s \(head.joined(separator: " "))"]
    }

    /// "US", "EU", "U.S.", "UAE": capitals (and dots) only, at most three letters.
    static func isAbbreviation(_ name: String) -> Bool {
        let letters = name.replacingDots
        return (1...3).contains(letters.count) && letters.allSatisfy { $0.isASCII && $0.isUppercase }
    }
}

extension String {
    var replacingDots: String { filter { $0 != "." } }
}

extension Sequence {
    /// The elements in order, each key once (the first element with it).
    public func uniqued<Key: Hashable>(by key: (Element) -> Key) -> [Element] {
        var seen = Set<Key>()
        return filter { seen.insert(key($0)).inserted }
    }
}
