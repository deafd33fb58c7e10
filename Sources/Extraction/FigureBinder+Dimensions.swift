import GraphModel
import TradeText

/// Which entities a number is of: the names of its part and clause, the lists it belongs to, the wholes a list names,
/// and what the sentences before left (pointing back, the paragraph's topic).
extension FigureBinder {
    /// The figure's entities: those its words name, then the lists it belongs to, then what the sentences
    /// before left (the entities of an anaphora's sentence, the names "these countries" point back to, the
    /// paragraph's topic).
    func dimensions(of number: NumberMention, unit: Unit, index: Int, ordered: ParallelLists,
                    totals: [String: Set<String>]) -> [String: String] {
        var dimensions = self.dimensions(of: number, index: index)
        // The total of a list of every part of a group the graph has is the group's, and so is every later figure of
        // the sentence that would be one part's ("together traded 34.11 trillion yuan and contributed more than half
        // of the growth").
        for (column, ids) in totals where dimensions[column].map(ids.contains) == true {
            dimensions[column] = listedWhole(of: column).flatMap { ids.isSubset(of: $0.parts) ? $0.id : nil }
        }
        if let list = ordered.summed(for: index), let whole = listedWhole(of: list.column), list.ids.isSubset(of: whole.parts) {
            dimensions[list.column] = whole.id
        }
        for (column, id) in ordered.entities(for: index) { dimensions[column] = id }
        if unit == .rank, let scope = rankScope(of: number), dimensions[scope.column] == scope.id { dimensions[scope.column] = nil }
        // "Fourteen countries and regions each traded more than a trillion yuan": a count of countries counts partners,
        // and takes none from the sentences before.
        let ownPartner = dimensions["partner"]
        // "more than 160 countries and regions worldwide": the world is where countries are counted, not a partner.
        if unit == .countries, let partner = dimensions["partner"], isTheWorld(partner) {
            dimensions["partner"] = nil
        }
        if opensWithAnaphora || namesNoSubject {
            for (column, id) in context.inherited where dimensions[column] == nil { dimensions[column] = id }
        }
        for (column, id) in pointedBack where dimensions[column] == nil { dimensions[column] = id }
        if !namesAny {
            for (column, id) in context.namedWithoutFigures where dimensions[column] == nil { dimensions[column] = id }
        }
        // A figure of a channel ("through the Hong Kong-Zhuhai-Macao Bridge port") is of that channel, not of the
        // paragraph's region too.
        let turnsToChannel = SentenceContext.channelSubject(among: entities, in: reading.text.folded) != nil
            || dimensions["channel"] != nil
        // "The WTO has cut its forecast for global merchandise trade growth": a figure of the world is of no region.
        let ofTheWorld = dimensions["partner"].map(isTheWorld) == true
        for (column, id) in context.topic where dimensions[column] == nil && !((turnsToChannel || ofTheWorld) && column == "region") {
            dimensions[column] = id
        }
        // The figure's own item names something the graph lacks: nothing inherited stands in for it.
        for column in ordered.unnamedColumns(for: index) { dimensions[column] = nil }
        if let region = dimensions["region"], cues.relations.isPlace(region, ofAnyOf: dimensions.values) { dimensions["region"] = nil }
        // "Zero-tariff imports reached 460 million yuan": a policy's figure is of the one region it applies to, filed
        // as the graph files that territory's figures (the Hainan FTP's under Hainan).
        if dimensions["region"] == nil, let policy = dimensions["policy"] { dimensions["region"] = cues.relations.region(of: policy) }
        if let region = dimensions["region"] { dimensions["region"] = cues.relations.filed(region) }
        for (column, id) in dimensions {
            if let whole = listedWhole(of: column), whole.parts.contains(id) { dimensions[column] = whole.id }
        }
        if unit == .countries, ownPartner == nil { dimensions["partner"] = nil }
        return dimensions
    }

    /// Per column, the entity named right after the number in its clause ("72% of bags and suitcases", "64
    /// billion yuan of high-end equipment from the EU"), else the nearest named before it in the sentence; a
    /// policy named outside the clause of a partner's figure is its setting ("under the Belt and Road
    /// Initiative, trade with ASEAN rose 9.6%"), not what the figure measures.
    func dimensions(of number: NumberMention, index: Int) -> [String: String] {
        var dimensions = namedAfterItems(from: index)
        let clause = clause(of: number)
        let after = Set(dimensions.keys)
        var setting: String?
        for mention in entities.reversed() where mention.range.upperBound <= number.core.lowerBound {
            guard let column = DimensionColumn.byLabel[mention.label], !after.contains(column), dimensions[column] == nil else { continue }
            // "forecast for global trade growth this year to 0.5%, and falling prices are biting: import prices dropped by
            // 10%": the world is not the partner of a later part of the sentence with a subject of its own ("global
            // trade rose by about 20%, accounting for one-sixth" goes on about it).
            if isTheWorld(mention.id), Self.startsNewSubject(reading.text.folded[mention.range.upperBound..<number.core.lowerBound]) { continue }
            dimensions[column] = mention.id
            if column == "policy", mention.range.lowerBound < clause.lowerBound { setting = mention.id }
        }
        if setting != nil, dimensions["partner"] != nil { dimensions["policy"] = nil }
        return dimensions
    }

    /// Whether a stretch of a sentence starts a part with a subject of its own: a colon, a semicolon, or a joining
    /// word after a comma (", and", ", while", "，而": the `partJoiners` that open with one).
    static func startsNewSubject(_ gap: ArraySlice<Character>) -> Bool {
        let text = Array(gap)
        return text.contains { ":：;；".contains($0) } || partJoiners.contains { joiner in
            (joiner.first == "," || joiner.first == "，") && text.indices.contains { text[$0...].starts(with: joiner) }
        }
    }

    /// Whether the sentence names `id` by a name of the whole world ("global", "the world").
    func isTheWorld(_ id: String) -> Bool {
        entities.contains { $0.id == id && cues.wholeWorld.contains($0.text.lowercased()) }
    }

    /// Per column, the entity named right after the number in its part, and where the last of them ends.
    func namedAfter(_ number: NumberMention) -> (dimensions: [String: String], end: Int) {
        var dimensions: [String: String] = [:]
        var last = number.range.upperBound
        let next = nextNumberStart(after: number)
        let end = min(clause(of: number).upperBound, next, nextPart(after: number, before: next))
        // A name that starts in the part may run past a comma of its own ("computer, communication and other
        // electronic equipment manufacturing").
        for mention in entities where mention.range.lowerBound >= number.range.upperBound && mention.range.lowerBound < end
            && mention.range.upperBound <= next {
            guard let column = DimensionColumn.byLabel[mention.label], dimensions[column] == nil else { continue }
            dimensions[column] = mention.id
            last = mention.range.upperBound
        }
        return (dimensions, last)
    }

    /// "72% of bags, 51.7% of passenger cars and 42.2% of cosmetics came from the EU", "a 37.2% rise in imports of
    /// aquatic products and an 18.6% rise in imports of dairy products from Oceania": in a list of items, each a
    /// figure with the names after it, a name after the last item that an item lacks is that item's too.
    func namedAfterItems(from index: Int) -> [String: String] {
        let own = namedAfter(numbers[index])
        guard !own.dimensions.isEmpty, index + 1 < numbers.count, numbers[index + 1].unit == numbers[index].unit,
              own.end <= numbers[index + 1].range.lowerBound,
              Self.joinsItems(reading.text.folded[own.end..<numbers[index + 1].range.lowerBound]) else { return own.dimensions }
        return own.dimensions.merging(namedAfterItems(from: index + 1)) { mine, _ in mine }
    }

    /// Whether only list separators and an article stand between two items of a list: ", and an".
    static func joinsItems(_ gap: ArraySlice<Character>) -> Bool {
        let words = String(gap).split { $0 == " " || $0 == "," || $0 == "，" || $0 == "、" }
        return words.filter { !["a", "an"].contains($0) }.allSatisfy { ParallelLists.isSeparator(Array($0)[...]) }
    }

    /// Where the part of a sentence that states the number ends: at the next figure, or right after the number
    /// when " and ", " while " or 和 follows it and starts the next part ("trade with the EU grew by 7.1% and
    /// with Japan by 4.8%"); "90.1% of trade between China and ASEAN" runs on.
    func nextPart(after number: NumberMention, before next: Int) -> Int {
        let rest = reading.text.folded[number.range.upperBound..<next]
        return Self.partJoiners.contains { rest.starts(with: $0) } ? number.range.upperBound : next
    }

    /// Words that start the next part of a sentence.
    static let partJoiners: [[Character]] = [" and ", ", and ", " while ", ", while ", " whereas ", "和", "，而"].map { Array($0) }

    /// "Guangdong, Jiangsu, ... and Fujian together: 7.78 trillion yuan": the whole that one list of the sentence (names
    /// of a column with only commas and "and" between) names every part of, where the sentence states fewer figures
    /// than there are parts (so not one figure a part).
    func listedWhole(of column: String) -> (id: String, parts: Set<String>)? {
        let mentions = entities.filter { DimensionColumn.byLabel[$0.label] == column }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var lists: [Set<String>] = []
        for (index, mention) in mentions.enumerated() {
            let joined = index > 0 && ParallelLists.isSeparator(reading.text.folded[mentions[index - 1].range.upperBound..<max(
                mentions[index - 1].range.upperBound, mention.range.lowerBound)])
            if joined { lists[lists.count - 1].insert(mention.id) } else { lists.append([mention.id]) }
        }
        let figures = numbers.filter(\.isFigure).count
        return lists.lazy.compactMap { self.cues.relations.whole(coveredBy: $0) }.first { figures < $0.parts.count }
    }

    /// The entities the sentence names by pointing back, with their columns: "exports to these countries" is about
    /// the partner the turn named last (kind `extract-anaphora-noun`, meaning the column), "trade with the bloc"
    /// about the partner group it named last (kind `extract-anaphora-kind`, meaning the labels).
    var pointedBack: [(column: String, id: String)] {
        let byColumn = reading.cues(kind: "extract-anaphora-noun").compactMap { cue in
            (cues.relations.whole(coveredBy: context.turn.lastNamedTogether[cue.meaning] ?? [])?.id ?? context.turn.named[cue.meaning])
                .map { (column: cue.meaning, id: $0) }
        }
        let byKind = reading.cues(kind: "extract-anaphora-kind").compactMap { cue in
            context.turn.last(among: cue.meaning.split(separator: "|").map(String.init))
        }
        return byColumn + byKind
    }

    /// Whether the sentence names an entity that can be a figure's dimension.
    var namesAny: Bool {
        entities.contains { DimensionColumn.byLabel[$0.label] != nil }
    }

    /// Whether the sentence names no entity, nor a flow before its first number ("In 2025, year-on-year growth
    /// reached 11.4%, accounting for nearly 60% of overall trade growth"): then it goes on about the subject of the
    /// figures before.
    var namesNoSubject: Bool {
        let first = numbers.first(where: \.isFigure)?.range.lowerBound ?? characters.count
        return !namesAny && pointedBack.isEmpty && !reading.cues(kind: "flow").contains { $0.range.lowerBound < first }
    }
}
