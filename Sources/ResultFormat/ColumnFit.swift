/// How wide each column of a table may be so that the whole table fits a screen: the widest columns are
/// narrowed first, to one common cap, and their cells wrap; narrow columns keep their width. When even
/// columns of `minimum` cells cannot fit, there is no fit and the caller prints the rows vertically.
struct ColumnFit {
    /// The narrowest a narrowed column gets: a word of a name, a number.
    static let minimum = 8

    /// The cap for each column, in display cells.
    let widths: [Int]

    /// Fits natural column widths into `screen` cells of a table with `| a | b |` borders; `nil` when no fit.
    init?(natural: [Int], screen: Int) {
        let available = screen - (3 * natural.count + 1)
        guard natural.reduce(0, +) > available else {
            widths = natural
            return
        }
        let floor = natural.map { min($0, Self.minimum) }
        guard floor.reduce(0, +) <= available else { return nil }
        // The largest common cap under which the capped widths still fit.
        var low = Self.minimum, high = natural.max() ?? Self.minimum
        while low < high {
            let cap = (low + high + 1) / 2
            if natural.map({ min($0, cap) }).reduce(0, +) <= available { low = cap } else { high = cap - 1 }
        }
        let cap = low
        var capped = natural.map { min($0, cap) }
        // Hand the cells left over to the capped columns, one each, left to right.
        var spare = available - capped.reduce(0, +)
        for index in capped.indices where spare > 0 && natural[index] > capped[index] {
            capped[index] += 1
            spare -= 1
        }
        widths = capped
    }
}
