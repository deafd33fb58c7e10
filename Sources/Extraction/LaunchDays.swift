import GraphModel
import GraphStore
import TradeText

/// The day each entity of the graph began, where its description says so ("Hainan FTP's island-wide special
/// customs regime, launched 2025-12-18"): a document that counts "since the launch" (封关以来) without dating it
/// counts from that day. The words before the day are the lexicon's (kind `extract-launch-word`).
struct LaunchDays {
    private let days: [String: Period]

    init(store: GraphStore, lexicon: Lexicon) {
        let words = lexicon.phrases(kind: "extract-launch-word").map { $0.phrase.lowercased() + " " }
        var days: [String: Period] = [:]
        for (label, _) in store.labelCounts where !Gazetteer.unnamedLabels.contains(label) {
            for node in store.nodes(labeled: label) {
                guard let id = store.property("id", of: node).stringValue,
                      let description = store.property("description", of: node).stringValue,
                      let day = Self.day(in: description.lowercased(), after: words) else { continue }
                days[id] = day
            }
        }
        self.days = days
    }

    /// The day the entity `id` began, if the graph says.
    func day(of id: String) -> Period? { days[id] }

    /// The first day written as YYYY-MM-DD right after one of `words` in `text`.
    static func day(in text: String, after words: [String]) -> Period? {
        for word in words {
            var rest = text[...]
            while let found = rest.range(of: word) {
                let candidate = String(rest[found.upperBound...].prefix(10))
                if candidate.count == 10, candidate.filter({ $0 == "-" }).count == 2,
                   let period = try? Period(parsing: candidate), period.firstDay == period.lastDay { return period }
                rest = rest[found.upperBound...]
            }
        }
        return nil
    }
}
