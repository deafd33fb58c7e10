import GraphModel
import GraphStore
import QueryExecutor

/// What `:describe ID` prints for a figure's id: the figure in full, as a journalist checks it before
/// quoting — its statement in English and Chinese, the amount with its qualifier and the stored value, the
/// period with its days, reporter and every dimension, evidence, note, and source with line and speaker.
struct MeasurementCard {
    let node: NodeID
    let store: GraphStore
    let palette: Palette
    /// The screen's width in cells.
    var width = CardLayout.width

    /// The whole card, every line ending in a newline.
    var text: String {
        let statement = FigureStatement(measurement: node, store: store)?.text ?? "?"
        var lines = CardLayout.wrap(statement, first: "", indent: "", width: width).map(palette.bold)
        lines.append("Measurement · id " + (property("id") ?? "?"))
        lines += fields.flatMap { key, value in
            CardLayout.wrap(value, first: "  " + CardLayout.pad(key, to: 10) + "  ", indent: String(repeating: " ", count: 14), width: width)
        }
        return lines.map { $0 + "\n" }.joined()
    }

    private func property(_ key: String) -> String? {
        switch store.property(key, of: node) {
        case .string(let text): return text
        case .int(let number): return String(number)
        case .float(let number): return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        default: return nil
        }
    }

    private func names(_ type: String) -> [String] {
        store.relationships(of: node, direction: .outgoing, types: [type]).map { EntityName(node: store.target(of: $0), store: store).text }
    }

    /// Label and value of each line below the heading, in reading order; absent fields are left out.
    private var fields: [(String, String)] {
        var fields: [(String, String)] = []
        let stored = [property("value"), property("unit")].compactMap { $0 }.joined(separator: " ")
        fields.append(("amount", (FigureStatement.amount(of: node, store: store) ?? "?") + "  (value \(stored))"))
        fields.append(("metric", [property("metric"), property("flow")].compactMap { $0 }.joined(separator: " · ")))
        if let period = property("period") {
            let days = [property("start"), property("end")].compactMap { $0 }.joined(separator: " to ")
            fields.append(("period", days.isEmpty ? period : "\(period)  (\(days))"))
        }
        fields.append(("reporter", names("REPORTER").joined(separator: ", ")))
        for type in Dimension.relationshipTypes + otherDimensionTypes {
            let found = names(type)
            if !found.isEmpty { fields.append((type.lowercased(), found.joined(separator: ", "))) }
        }
        if let evidence = property("evidence") { fields.append(("evidence", "\u{201C}\(evidence)\u{201D}")) }
        if let note = property("note") { fields.append(("note", note)) }
        let line = property("line").map { ", line " + $0 } ?? ""
        let sources = store.relationships(of: node, direction: .outgoing, types: ["SOURCE"]).map(store.target(of:))
        for source in sources {
            let date = store.property("date", of: source).stringValue.map { ", " + $0 } ?? ""
            let id = store.property("id", of: source).stringValue ?? "?"
            fields.append(("source", "\(EntityName(node: source, store: store).text) (\(id)\(line)\(date))"))
        }
        let speakers = names("SPOKEN_BY")
        if !speakers.isEmpty { fields.append(("speaker", speakers.joined(separator: ", "))) }
        if let chinese = FigureStatement(measurement: node, store: store, language: .zh)?.text { fields.append(("中文", chinese)) }
        if let id = property("id") { fields.append(("quote", ":quote \(id)")) }
        return fields
    }

    /// Dimension relationships outside the contract's list (added at the prompt), so none is hidden.
    private var otherDimensionTypes: [String] {
        let known = Set(Dimension.relationshipTypes + ["REPORTER", "SOURCE", "SPOKEN_BY"])
        let types = store.relationships(of: node, direction: .outgoing).map(store.type(of:)).filter { !known.contains($0) }
        return Array(Set(types)).sorted()
    }
}
