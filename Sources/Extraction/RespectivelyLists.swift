import TradeText

/// "ASEAN, Latin America and Africa ... 7.55, 3.93 and 2.49 trillion yuan ... respectively": the figures of a
/// sentence that says respectively (分别) are grouped by unit, and the k-th figure of a group of n takes the
/// k-th of the last n entities of one column (or flows) named before the group.
struct RespectivelyLists {
    private var entitiesByNumber: [Int: [String: String]] = [:]
    private var flowsByNumber: [Int: String] = [:]

    /// `flows` reads the parts of a flow cue that names two ("exports and imports ... 8.6% and 8.5%, respectively").
    init(reading: TextReading, numbers: [NumberMention], flows: CueReader) {
        let folded = String(reading.text.folded)
        guard folded.contains("respectively") || folded.contains("分别") else { return }
        var groups: [[Int]] = []
        for (index, number) in numbers.enumerated() where number.isFigure && number.unit != nil {
            if let last = groups.last?.last, numbers[last].unit == number.unit, groups[groups.count - 1].count < 8 {
                groups[groups.count - 1].append(index)
            } else {
                groups.append([index])
            }
        }
        var previous: [Int] = []
        for group in groups where group.count > 1 {
            let start = numbers[group[0]].range.lowerBound
            let after = group[0] > 0 ? numbers[group[0] - 1].range.upperBound : 0
            bindEntities(group, in: after..<start, reading: reading)
            if entitiesByNumber[group[0]] == nil, previous.count == group.count {
                // "7.55, 3.93 and 2.49 trillion yuan, up 8%, 6.5% and 18.4% respectively": the second list
                // follows the same entities as the first.
                for (number, earlier) in zip(group, previous) { entitiesByNumber[number] = entitiesByNumber[earlier] }
            }
            previous = group
            let before = reading.cues(kind: "flow").filter { $0.range.upperBound <= start }
            var named = before.suffix(group.count).map(\.meaning)
            if Set(named).count < group.count, let last = before.last {
                named = Self.parts(of: last.text, flows: flows)
            }
            if named.count == group.count, Set(named).count == group.count {
                for (number, flow) in zip(group, named) { flowsByNumber[number] = flow }
            }
        }
    }

    /// Binds the entities named in `span` (after the figure before the group, before the group) in order.
    private mutating func bindEntities(_ group: [Int], in span: Range<Int>, reading: TextReading) {
        let named = reading.entities.filter {
            $0.range.lowerBound >= span.lowerBound && $0.range.upperBound <= span.upperBound && DimensionColumn.byLabel[$0.label] != nil
        }
        for column in DimensionColumn.all {
            let inColumn = named.filter { DimensionColumn.byLabel[$0.label] == column }.suffix(group.count)
            guard inColumn.count == group.count, Set(inColumn.map(\.id)).count == group.count else { continue }
            for (number, mention) in zip(group, inColumn) { entitiesByNumber[number, default: [:]][column] = mention.id }
        }
    }

    /// The flows a two-flow phrase names in its order: "exports and imports" → export, import.
    private static func parts(of phrase: String, flows: CueReader) -> [String] {
        let cues = phrase.components(separatedBy: " and ").flatMap { flows.cues(in: NormalizedText($0)) }
        return cues.count > 1 ? cues.map(\.meaning) : []
    }

    func entities(for number: Int) -> [String: String] { entitiesByNumber[number] ?? [:] }
    func flow(for number: Int) -> String? { flowsByNumber[number] }
}
