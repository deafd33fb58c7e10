import GraphModel
import GraphStore

/// What `:describe` prints about one entity, readable in an 80-column terminal: its names and label, its
/// description, its relationships grouped by type and direction, then every figure about it (see
/// `FigureList`). Measurements it is linked to but that are about something else (figures a person stated,
/// figures of a reporter broken down by partner) are counted among the relationships instead of listed.
struct EntityCard {
    let node: NodeID
    let store: GraphStore
    let palette: Palette
    /// The screen's width in cells.
    var width = CardLayout.width

    /// The whole card, every line ending in a newline.
    var text: String {
        let figures = FigureList(entity: node, store: store)
        var sections = [header]
        let relationships = relationshipLines(listed: Set(figures.measurements))
        if !relationships.isEmpty { sections.append([palette.bold("Relationships")] + relationships) }
        let (own, others) = figures.figures
        if !own.isEmpty {
            sections.append([palette.bold("Figures (\(own.count))")] + FigureList.lines(of: own, width: width))
        }
        if !others.isEmpty {
            let title = "Figures reported by others, not China's customs (\(others.count))"
            sections.append([palette.bold(title)] + FigureList.lines(of: others, width: width))
        }
        return sections.map { $0.joined(separator: "\n") + "\n" }.joined(separator: "\n")
    }

    private var header: [String] {
        let name = EntityName(node: node, store: store).text
        let chinese = store.property("name_zh", of: node).stringValue.map { "  " + $0 } ?? ""
        let id = store.property("id", of: node).stringValue.map { " · id " + $0 } ?? ""
        var lines = CardLayout.wrap(name + chinese, first: "", indent: "", width: width).map(palette.bold)
        lines.append(store.labels(of: node).joined(separator: ":") + id)
        let aliases = store.names(of: node).dropFirst(chinese.isEmpty ? 1 : 2)
        if !aliases.isEmpty {
            lines += CardLayout.wrap(aliases.joined(separator: ", "), first: "Also called: ", indent: "  ", width: width)
        }
        if let description = store.property("description", of: node).stringValue {
            lines += CardLayout.wrap(description, first: "", indent: "", width: width)
        }
        return lines
    }

    /// `MEMBER_OF →  ASEAN, RCEP members` and `← MEMBER_OF  Brunei, ...`, one line (wrapped) per type and
    /// direction; measurements not listed under Figures are counted.
    private func relationshipLines(listed: Set<NodeID>) -> [String] {
        var groups: [String: [String]] = [:]
        var counts: [String: Int] = [:]
        for (direction, arrow) in [(Adjacency.outgoing, true), (.incoming, false)] {
            for relationship in store.relationships(of: node, direction: direction) {
                let other = direction == .outgoing ? store.target(of: relationship) : store.source(of: relationship)
                let type = store.type(of: relationship)
                let key = arrow ? type + " →" : "← " + type
                if store.hasLabel(other, "Measurement") {
                    if !listed.contains(other) { counts[key, default: 0] += 1 }
                } else {
                    groups[key, default: []].append(EntityName(node: other, store: store).text)
                }
            }
        }
        let keys = Set(groups.keys).union(counts.keys)
        let keyWidth = min(28, keys.map(CardLayout.cells).max() ?? 0)
        let order = { (key: String) in (key.hasPrefix("←") ? 1 : 0, key) }
        return keys.sorted { order($0) < order($1) }.flatMap { key in
            let count = counts[key].map { ["\($0) figure\($0 == 1 ? "" : "s")"] } ?? []
            let names = (groups[key] ?? []).sorted() + count
            return CardLayout.wrap(names.joined(separator: ", "), first: "  " + CardLayout.pad(key, to: keyWidth) + "  ",
                                   indent: String(repeating: " ", count: keyWidth + 4), width: width)
        }
    }
}
