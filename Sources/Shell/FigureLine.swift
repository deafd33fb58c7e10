import GraphModel
import GraphStore
import QueryExecutor

/// One figure of a `:describe` card, ready to print: period, amount, what else it is about, source and
/// line, speaker, and its note on a line of its own.
struct FigureLine {
    /// Metric and flow, ordered as the vocabularies declare them.
    struct Group: Hashable, Comparable {
        let metric: String
        let flow: String

        var title: String { flow.isEmpty ? metric : metric + " · " + flow }

        static func < (a: Group, b: Group) -> Bool { a.key < b.key }

        private var key: (Int, String, Int) {
            let metricIndex = Metric.words.firstIndex(of: metric) ?? Metric.words.count
            let flowIndex = Flow.words.firstIndex(of: flow) ?? Flow.words.count
            return (metricIndex, metric, flowIndex)
        }
    }

    let group: Group
    let period: String
    /// The parsed period, for time order; `nil` (sorted last) when it does not parse.
    let parsedPeriod: Period?
    let amount: String
    /// Other dimensions, reporter, source and line, speaker.
    let context: String
    let note: String
    /// True when the figure is another reporter's statistics, not China's.
    let reportedByOthers: Bool

    init(measurement: NodeID, about entity: NodeID, store: GraphStore) {
        func text(_ key: String) -> String { store.property(key, of: measurement).stringValue ?? "" }
        func targets(_ types: [String]) -> [NodeID] {
            store.relationships(of: measurement, direction: .outgoing, types: types).map(store.target(of:))
        }
        group = Group(metric: text("metric"), flow: text("flow"))
        period = text("period")
        parsedPeriod = try? Period(parsing: period)
        amount = FigureStatement.amount(of: measurement, store: store) ?? "?"
        note = text("note")
        let others = targets(Dimension.relationshipTypes).filter { $0 != entity }.map { EntityName(node: $0, store: store).text }
        let reporters = targets(["REPORTER"]).filter { store.property("id", of: $0).stringValue != "china" }
        reportedByOthers = !reporters.isEmpty
        var parts = others.isEmpty ? [] : [others.joined(separator: ", ")]
        parts += reporters.filter { $0 != entity }.map { "reported by " + EntityName(node: $0, store: store).text }
        let line = store.property("line", of: measurement).numericValue.map { ":" + String(Int($0)) } ?? ""
        parts += targets(["SOURCE"]).map { (store.property("id", of: $0).stringValue ?? "?") + line }
        parts += targets(["SPOKEN_BY"]).map { EntityName(node: $0, store: store).text }
        context = parts.joined(separator: " · ")
    }

    /// Periods as a reader follows them through a year: by the last day, then the shorter first
    /// (2025-01, 2025-02, 2025-Q1, 2025-H1, 2025, then 2021/2025); a period that does not parse last; then by
    /// what else the figure is about.
    static func inTimeOrder(_ a: FigureLine, _ b: FigureLine) -> Bool {
        switch (a.parsedPeriod, b.parsedPeriod) {
        case let (x?, y?) where x != y: return (x.lastDay, y.firstDay) < (y.lastDay, x.firstDay)
        case (_?, nil): return true
        case (nil, _?): return false
        default: return (a.period, a.context) < (b.period, b.context)
        }
    }

    /// `    2025-Q1   about 1.71 trillion yuan   Electronics · q1-2025:30 · Wang Lingjun`, wrapped, and the
    /// note below it under the amount.
    func lines(periodWidth: Int, amountWidth: Int, width: Int) -> [String] {
        let lead = "    " + CardLayout.pad(period, to: periodWidth) + "  " + CardLayout.pad(amount, to: amountWidth) + "  "
        let leadWidth = CardLayout.cells(lead)
        let indent = String(repeating: " ", count: leadWidth <= width * 3 / 5 ? leadWidth : 8)
        let figure = CardLayout.wrap(context, first: lead, indent: indent, width: width)
        let noteIndent = String(repeating: " ", count: min(periodWidth + 6, width / 3))
        let noted = note.isEmpty ? [] : CardLayout.wrap(note, first: noteIndent + "note: ", indent: noteIndent + "      ", width: width)
        return (figure + noted).map { $0.replacing(/\s+$/, with: "") }
    }
}
