import TradeText

/// Figures stated as lists, bound to the lists of names before them:
/// - in order: "ASEAN, Latin America and Africa ... 7.55, 3.93 and 2.49 trillion yuan ... respectively" (分别),
///   "crude oil and soybeans fell by 5.7% and 16.6%": the k-th figure of a group of n numbers side by side
///   takes the k-th of the last n entities of one column (or flows, when no entities) named before the group,
///   and a later group of the same length in the sentence the same entities;
/// The category a list ends in ("原油、金属矿砂等大宗商品", "and other bulk commodities") is no member of it;
/// one figure stated of such a list is the category's ("大型变压器、储能电池等电工器材出口增长了18.8%").
/// - shared: "lithium batteries, display modules and auto parts all grew by more than 20%" (均, 都): one figure
///   for each name of the list; without such a word a rate is shared too, and an amount is the list's total.
struct ParallelLists {
    /// The most figures one list binds.
    static let longest = 8
    private var entitiesByNumber: [Int: [String: String]] = [:]
    private var flowsByNumber: [Int: String] = [:]
    private var sharedByNumber: [Int: [[String: String]]] = [:]
    private var summedLists: [Int: (column: String, ids: Set<String>)] = [:]
    private var unnamed: [Int: Set<String>] = [:]
    /// The names of categories that lists end in ("等电工器材").
    private var categoryNames: [EntityMention] = []
    private var positions: [Int: (index: Int, size: Int)] = [:]
    /// The offsets of list items that name nothing the graph knows.
    private(set) var unknownItems: [Range<Int>] = []

    /// `flows` reads the parts of a flow cue that names two ("exports and imports ... 8.6% and 8.5%, respectively").
    init(reading: TextReading, numbers: [NumberMention], entities: [EntityMention], flows: CueReader) {
        let categories = reading.cues(kind: "extract-category")
        let isCategory = { (mention: EntityMention) in
            categories.contains { category in
                category.range.upperBound <= mention.range.lowerBound
                    && reading.text.folded[category.range.upperBound..<mention.range.lowerBound].allSatisfy(\.isWhitespace)
            }
        }
        categoryNames = entities.filter(isCategory)
        let entities = entities.filter { !isCategory($0) }
        var previous: [Int] = []
        for group in Self.groups(numbers, text: reading.text.folded) {
            for (position, number) in group.enumerated() { positions[number] = (position, group.count) }
            guard group.count > 1 else {
                bindShared(group[0], numbers: numbers, reading: reading, entities: entities, after: previous)
                continue
            }
            let start = numbers[group[0]].range.lowerBound
            let after = group[0] > 0 ? numbers[group[0] - 1].range.upperBound : 0
            bindEntities(group, named: entities.filter { $0.range.lowerBound >= after && $0.range.upperBound <= start },
                         text: reading.text.folded)
            if entitiesByNumber[group[0]] == nil,
               let end = Self.namesFollow(after: numbers[group[group.count - 1]], numbers: numbers, reading: reading) {
                // "48.7% and 26.2% — export growth for wind turbines and lithium batteries, respectively": the names
                // come after the figures, and "respectively" after them.
                let last = numbers[group[group.count - 1]].range.upperBound
                bindEntities(group, named: entities.filter { $0.range.lowerBound >= last && $0.range.upperBound <= end },
                             text: reading.text.folded)
            }
            if entitiesByNumber[group[0]] == nil, previous.count == group.count {
                // "7.55, 3.93 and 2.49 trillion yuan, up 8%, 6.5% and 18.4% respectively": the second list
                // follows the same entities as the first.
                for (number, earlier) in zip(group, previous) { entitiesByNumber[number] = entitiesByNumber[earlier] }
            }
            previous = group
            if entitiesByNumber[group[0]] == nil { bindFlows(group, before: start, reading: reading, flows: flows) }
        }
    }

    /// Runs of figures of one unit with nothing but list separators between them ("7.8% and 12.5%", "385.71
    /// billion yuan, 236.58 billion yuan, and 30.11 billion yuan").
    private static func groups(_ numbers: [NumberMention], text: [Character]) -> [[Int]] {
        var groups: [[Int]] = []
        for (index, number) in numbers.enumerated() where number.isFigure && number.unit != nil {
            if let last = groups.last?.last, numbers[last].unit == number.unit, groups[groups.count - 1].count < longest,
               isSeparator(text[numbers[last].range.upperBound..<number.range.lowerBound]) {
                groups[groups.count - 1].append(index)
            } else {
                groups.append([index])
            }
        }
        return groups
    }

    /// Where a word that pairs figures with the names after them (kind `extract-names-follow`: "respectively") stands
    /// after `number`, with no other number between.
    private static func namesFollow(after number: NumberMention, numbers: [NumberMention], reading: TextReading) -> Int? {
        let next = numbers.first { $0.range.lowerBound >= number.range.upperBound }?.range.lowerBound ?? reading.text.folded.count
        return reading.cues(kind: "extract-names-follow").first {
            $0.range.lowerBound >= number.range.upperBound && $0.range.upperBound <= next
        }?.range.lowerBound
    }

    /// Whether the text between two list items only separates them: ", ", " and ", " & ", "、", "和".
    static func isSeparator(_ gap: ArraySlice<Character>) -> Bool {
        let words = String(gap).split { $0 == " " || $0 == "," || $0 == "，" || $0 == "、" }
        return words.allSatisfy { ["and", "or", "&", "和", "及", "与", "以及"].contains($0) }
    }

    /// Binds the entities of `named` (after the figure before the group, before the group) in order.
    private mutating func bindEntities(_ group: [Int], named: [EntityMention], text: [Character]) {
        for column in DimensionColumn.all {
            let all = named.filter { DimensionColumn.byLabel[$0.label] == column }
            let inColumn = all.suffix(group.count)
            if inColumn.count == group.count, Set(inColumn.map(\.id)).count == group.count {
                for (number, mention) in zip(group, inColumn) { entitiesByNumber[number, default: [:]][column] = mention.id }
            } else if let last = all.last {
                // Fewer names known than figures: the list's items, known or not, each keep their place.
                let items = ListItems.items(endingWith: last, known: all, in: text)
                guard items.count == group.count else { continue }
                for (number, item) in zip(group, items) {
                    if let entity = item.entity {
                        entitiesByNumber[number, default: [:]][column] = entity.id
                    } else {
                        unnamed[number, default: []].insert(column)
                        unknownItems.append(item.range)
                    }
                }
            }
        }
    }

    /// A number right after a word that spreads it ("all", 均) takes each entity of the list before it; with no
    /// names between it and a list of figures bound in order, those figures' names ("X and Y rose 11.4% and
    /// 6.9%, respectively, both accounting for over half").
    private mutating func bindShared(_ index: Int, numbers: [NumberMention], reading: TextReading, entities: [EntityMention],
                                     after group: [Int]) {
        let number = numbers[index]
        let after = index > 0 ? numbers[index - 1].range.upperBound : 0
        let clause = SentenceSplitter.clause(around: number.range, in: reading.text.folded,
                                             within: 0..<reading.text.folded.count)
        let spread = reading.cues(kind: "extract-shared").last { $0.range.upperBound <= number.range.lowerBound }
        let end = spread.map(\.range.lowerBound) ?? number.range.lowerBound
        let start = spread == nil ? max(after, clause.lowerBound) : after
        let named = entities.filter { $0.range.lowerBound >= start && $0.range.upperBound <= end }
        if spread != nil, named.isEmpty, group.last == index - 1, group.allSatisfy({ entitiesByNumber[$0] != nil }) {
            sharedByNumber[index] = group.compactMap { entitiesByNumber[$0] }
            return
        }
        if spread != nil, let items = Self.pairedItems(named) {
            sharedByNumber[index] = items
            return
        }
        for column in DimensionColumn.all {
            let list = Self.trailingList(named.filter { DimensionColumn.byLabel[$0.label] == column }, in: reading.text.folded)
            guard list.count > 1 else { continue }
            if spread == nil, let last = list.last, categoryNames.contains(where: {
                DimensionColumn.byLabel[$0.label] == column && $0.range.lowerBound >= last.range.upperBound && $0.range.upperBound <= end
            }) {
                return  // "X、Y等电工器材出口增长了18.8%": the figure is the category's, which the binder links.
            }
            if spread != nil || Self.holdsForEach(number) {
                sharedByNumber[index] = list.map { [column: $0.id] }
            } else {
                summedLists[index] = (column, Set(list.map(\.id)))
            }
            return
        }
    }

    /// "exports of sporting goods to the EU and cosmetics to Southeast Asia both posted double-digit growth": items
    /// that each name one entity of the same two or more columns, in turn, are one row each (China, whose trade
    /// it is, aside).
    private static func pairedItems(_ named: [EntityMention]) -> [[String: String]]? {
        var items: [[String: String]] = []
        for mention in named where mention.id != ForeignStatistics.china {
            guard let column = DimensionColumn.byLabel[mention.label] else { continue }
            if items.isEmpty || items[items.count - 1][column] != nil { items.append([:]) }
            items[items.count - 1][column] = mention.id
        }
        guard items.count > 1, let columns = items.first.map({ Set($0.keys) }), columns.count > 1,
              items.allSatisfy({ Set($0.keys) == columns }) else { return nil }
        return items
    }

    /// Without a word that spreads it, a rate or a reach said of a list holds for each name ("the prices of iron
    /// ore and coal dropped by more than 20%", "smartwatches and smart toys were sold in 170 countries"); an
    /// amount that adds up is the list's total ("Shandong and Fujian reached 7.78 trillion yuan") and belongs
    /// to no one name of it.
    private static func holdsForEach(_ number: NumberMention) -> Bool {
        guard let unit = number.unit else { return false }
        return ![.cny, .usd, .tonnes, .teu, .gwh, .vehicles, .enterprises, .people].contains(unit)
    }

    /// The last names of `mentions` that form one list: each separated from the next by separators only.
    private static func trailingList(_ mentions: [EntityMention], in text: [Character]) -> [EntityMention] {
        guard var list = mentions.last.map({ [$0] }) else { return [] }
        for mention in mentions.dropLast().reversed() {
            guard let first = list.first, mention.range.upperBound <= first.range.lowerBound,
                  isSeparator(text[mention.range.upperBound..<first.range.lowerBound]) else { break }
            list.insert(mention, at: 0)
        }
        return Array(list.suffix(longest))
    }

    private mutating func bindFlows(_ group: [Int], before start: Int, reading: TextReading, flows: CueReader) {
        let before = reading.cues(kind: "flow").filter { $0.range.upperBound <= start }
        var named = before.suffix(group.count).map(\.meaning)
        if Set(named).count < group.count, let last = before.last {
            named = Self.parts(of: last.text, flows: flows)
        }
        guard named.count == group.count, Set(named).count == group.count else { return }
        for (number, flow) in zip(group, named) { flowsByNumber[number] = flow }
    }

    /// The flows a two-flow phrase names in its order: "exports and imports" → export, import.
    private static func parts(of phrase: String, flows: CueReader) -> [String] {
        let cues = phrase.components(separatedBy: " and ").flatMap { flows.cues(in: NormalizedText($0)) }
        return cues.count > 1 ? cues.map(\.meaning) : []
    }

    func entities(for number: Int) -> [String: String] { entitiesByNumber[number] ?? [:] }
    /// Where the figure stands in its group of figures side by side, and how many the group has.
    func position(for number: Int) -> (index: Int, size: Int)? { positions[number] }
    func flow(for number: Int) -> String? { flowsByNumber[number] }
    /// The entities a shared figure is stated for, one dimension set each; empty when it is not shared.
    func shared(for number: Int) -> [[String: String]] { sharedByNumber[number] ?? [] }
    /// The columns in which the figure's item of a list names nothing the graph knows ("integrated circuits and
    /// automobiles ... 23.3% and 14.1%": the first figure is no automobiles').
    func unnamedColumns(for number: Int) -> Set<String> { unnamed[number] ?? [] }
    /// The list of names whose total the figure is, so that no one name of it is the figure's own.
    func summed(for number: Int) -> (column: String, ids: Set<String>)? { summedLists[number] }
}
