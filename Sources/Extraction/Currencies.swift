import GraphModel

/// The currencies a document's amounts have been in so far: an amount said without one ("Trade with the bloc came
/// to 5.93 trillion") is in the document's usual currency, not in that of a conversion said in passing ("in dollar
/// terms it came in a touch over a trillion U.S. dollars").
struct Currencies {
    /// Each currency with how many amounts were in it, in the order the document first used them.
    private var counts: [(unit: GraphModel.Unit, amounts: Int)] = []

    /// Takes in the currency of one amount.
    mutating func count(_ unit: GraphModel.Unit) {
        guard unit.isMoney else { return }
        if let index = counts.firstIndex(where: { $0.unit == unit }) { counts[index].amounts += 1 } else { counts.append((unit, 1)) }
    }

    /// The currency most amounts were in, the first used where two are level (a conversion follows the amount it
    /// converts); none before any amount.
    var usual: GraphModel.Unit? {
        counts.reduce(nil) { best, next in best.map { $0.amounts >= next.amounts ? $0 : next } ?? next }?.unit
    }
}
