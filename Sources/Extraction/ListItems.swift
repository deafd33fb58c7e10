import TradeText

/// The items of a list of names written before a list of figures, read back from its last name, whether or
/// not the graph knows each one: "exports of integrated circuits and automobiles increased by 23.3% and
/// 14.1%" has two items, the first a product the graph lacks. An item the graph does not know keeps its place,
/// so that the names it does know are bound to the right figures.
struct ListItems {
    /// One item: its text's offsets and the entity it names, if the graph has it.
    struct Item {
        let range: Range<Int>
        let entity: EntityMention?
    }

    /// Separators between list items, longest first.
    static let separators: [[Character]] = [", and ", ", ", " and ", " & ", "、", "，", "和", "及", "与"].map { Array($0) }
    /// Words before a list that are no part of its first item: "exports of ...", "trade with ...".
    static let openers: Set<String> = ["of", "to", "from", "for", "in", "with", "on", "by", "between", "and"]
    /// The longest item without a known name, in characters.
    static let longestItem = 40

    /// The items of the list that ends with `last`, `known` being the names of its column in the sentence.
    static func items(endingWith last: EntityMention, known: [EntityMention], in text: [Character]) -> [Item] {
        var items = [Item(range: last.range, entity: last)]
        var cursor = last.range.lowerBound
        while items.count < ParallelLists.longest, let separator = separators.first(where: { ends(text, at: cursor, with: $0) }) {
            let end = cursor - separator.count
            if let entity = known.last(where: { $0.range.upperBound == end }) {
                items.insert(Item(range: entity.range, entity: entity), at: 0)
                cursor = entity.range.lowerBound
            } else if let start = unknownItemStart(endingAt: end, in: text) {
                items.insert(Item(range: start..<end, entity: nil), at: 0)
                cursor = start
            } else {
                break
            }
        }
        return items
    }

    private static func ends(_ text: [Character], at index: Int, with separator: [Character]) -> Bool {
        index >= separator.count && Array(text[(index - separator.count)..<index]) == separator
    }

    /// Where an item the graph does not know starts: back over its words to punctuation, a separator or a word
    /// that opens the list; nil when nothing item-like is there.
    private static func unknownItemStart(endingAt end: Int, in text: [Character]) -> Int? {
        var start = end
        while start > 0, end - start < longestItem, isItemCharacter(text[start - 1]) {
            if text[start - 1] == " ", openers.contains(String(wordBefore(start - 1, in: text))) { break }
            if separators.contains(where: { ends(text, at: start, with: $0) }) { break }
            start -= 1
        }
        while start < end, text[start] == " " { start += 1 }
        return start < end && end - start < longestItem ? start : nil
    }

    private static func isItemCharacter(_ character: Character) -> Bool {
        character.isLetter || character == " " || character == "-"
    }

    /// The word that ends right before offset `space`.
    private static func wordBefore(_ space: Int, in text: [Character]) -> Substring {
        let prefix = String(text[..<space])
        return prefix.split(separator: " ").last ?? ""
    }
}
