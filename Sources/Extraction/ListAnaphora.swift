import TradeText

/// A phrase that points back to a counted list of names (kind `extract-anaphora-list`, meaning how many):
/// "Asia and Africa expanded. Exports to these two regions rose 7.8% and 12.5%, respectively", "... while
/// welding robots ... These two types of robots grew by more than 60%", 这两种机器人. Briefings name the items
/// in one sentence and state their figures in the next; the phrase stands for the last names of one column
/// the sentence before named, as many as it counts, and its number only restates that count.
struct ListAnaphora {
    /// The column the names are of, and their ids in the order they were named.
    let column: String
    let ids: [String]
    /// Where the phrase stands in the sentence.
    let range: Range<Int>

    /// The list the sentence points back to, if one column of the sentence before named enough names: the
    /// one that named exactly as many, else the only one that named more.
    init?(_ phrases: [PhraseMatch<[Int]>], previous named: [String: [String]]) {
        guard let phrase = phrases.first, let count = phrase.payload.first else { return nil }
        let exact = named.filter { $0.value.count == count }.map(\.key)
        let more = named.filter { $0.value.count > count }.map(\.key)
        guard let column = exact.count == 1 ? exact.first : exact.isEmpty && more.count == 1 ? more.first : nil,
              let ids = named[column] else { return nil }
        self.column = column
        self.ids = Array(ids.suffix(count))
        range = phrase.range
    }

    /// The rows of a figure stated after the phrase: the k-th of a list of as many figures is the k-th name's,
    /// any other figure is each name's.
    func rows(for figure: DraftFigure, position: (index: Int, size: Int)?) -> [DraftFigure] {
        if let position, position.size == ids.count {
            var own = figure
            own.dimensions[column] = ids[position.index]
            own.notes.append("bound in order to the names the sentence before listed")
            return [own]
        }
        return ids.map { figure.stated(for: [column: $0]) }
    }
}
