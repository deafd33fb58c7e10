import Foundation
import GraphModel
import GraphStore

/// What a `Measurement` node says, read once from its properties and relationships: the raw material of its
/// statement and of `fmt.amount(m)`. Dimensions are every outgoing relationship that is not reporter, source or
/// speaker, so a dimension type added to the contract (`EVENT`) is stated without a change here.
struct FigureFacts {
    let metric: String
    let flow: String
    let period: String
    let value: Double
    let unit: String
    let approximation: Approximation?
    let note: String
    /// The reporter when it is not China (`china`), with whether it is an economy that owns the flow.
    let reporter: NodeID?
    /// Dimension relationship type and target, in the order of the node's relationships.
    let dimensions: [(type: String, node: NodeID)]

    /// Reads a measurement; `nil` when the node is no measurement or has no numeric value.
    init?(measurement node: NodeID, store: GraphStore) {
        guard store.contains(node), store.hasLabel(node, "Measurement"),
              let value = store.property("value", of: node).numericValue else { return nil }
        func text(_ key: String) -> String { store.property(key, of: node).stringValue ?? "" }
        metric = text("metric")
        flow = text("flow")
        period = text("period")
        self.value = value
        unit = text("unit")
        approximation = Approximation(rawValue: text("approx"))
        note = text("note")
        var reporter: NodeID?
        var dimensions: [(type: String, node: NodeID)] = []
        for relationship in store.relationships(of: node, direction: .outgoing) {
            let type = store.type(of: relationship)
            let target = store.target(of: relationship)
            if type == "REPORTER" {
                if store.property("id", of: target).stringValue != "china" { reporter = target }
            } else if !FigureWords.contextTypes.contains(type) {
                dimensions.append((type, target))
            }
        }
        self.reporter = reporter
        self.dimensions = dimensions
    }

    /// True for a figure of China's own statistics that is broken down by nothing: the national figure.
    var isNational: Bool { reporter == nil && dimensions.isEmpty }

    /// The amount as a person reads it, signed for changes; in Chinese when asked.
    func amount(in language: FigureLanguage, signed: Bool? = nil, magnitude: Bool = false) -> String {
        let known = Unit(rawValue: unit)
        let sign = signed ?? (Metric(rawValue: metric)?.isChange ?? false)
        let amount = Amount(value: magnitude ? abs(value) : value, unit: known, approximation: approximation, signed: sign)
        let text = language == .zh ? amount.chinese : amount.description
        return known == nil && !unit.isEmpty ? text + " " + unit : text
    }

    /// The note's first clause that says what the figure counts, leaving out curators' remarks.
    var countedThing: String? {
        note.split(separator: "; ").map { $0.trimmingCharacters(in: .whitespaces) }.first { clause in
            !clause.isEmpty && !FigureWords.remarkPrefixes.contains { clause.lowercased().hasPrefix($0) }
        }
    }

    /// True when a note clause only repeats what the statement already says: every word of it is in the
    /// statement or is a name of one of the figure's dimensions ("exports to the EU" beside "exports of
    /// garments to European Union").
    func isRepeated(_ clause: String, in statement: String, store: GraphStore) -> Bool {
        func words(_ text: String) -> [String] { text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init) }
        let known = Set(words(statement) + FigureWords.fillerWords
            + dimensions.flatMap { store.names(of: $0.node).flatMap(words) })
        return words(clause).allSatisfy(known.contains)
    }
}
