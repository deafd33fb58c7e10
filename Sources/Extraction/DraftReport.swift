/// The report `tradegraph extract` prints: what was found, what a reviewer should look at first, every number
/// that became no figure and why, and every name that links to no entity.
public struct DraftReport: CustomStringConvertible {
    let draft: Draft
    let folder: String

    public init(draft: Draft, folder: String) {
        self.draft = draft
        self.folder = folder
    }

    /// Figures on a line with no unlinked name, whose metric a word named.
    var fullyLinked: Int {
        let lines = Set(draft.unlinked.map(\.line))
        return draft.figures.filter { !lines.contains($0.line) && !$0.metricGuessed }.count
    }

    public var description: String {
        var out: [String] = []
        let rows = draft.identified
        out.append("wrote \(folder): \(rows.count) figures from \(draft.request.path) as source '\(draft.request.sourceID)'")
        out.append("fully linked: \(fullyLinked) of \(rows.count) (metric named by a word, no unlinked name on the line)")
        let guessed = rows.filter { $0.figure.metricGuessed || $0.figure.periodGuessed }
        out.append("")
        out.append("review first — metric or period guessed (\(guessed.count)):")
        out += guessed.map { "  \($0.id)  \($0.figure.metric) \($0.figure.period)  \"\($0.figure.evidence)\"" }
        out.append("")
        out.append("numbers not turned into figures (\(draft.skipped.count)):")
        out += draft.skipped.map { "  line \($0.line): \"\($0.text)\" — \($0.reason)" }
        out.append("")
        let names = draft.unlinked.uniqued()
        out.append("names not linked to an entity (\(names.count)):")
        out += names.map { "  line \($0.line): \($0.text)" }
        let proposed = draft.speakers.filter(\.proposed)
        if !proposed.isEmpty {
            out.append("")
            out.append("proposed entities (\(proposed.count)): " + proposed.map(\.id).joined(separator: ", "))
        }
        return out.joined(separator: "\n")
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
