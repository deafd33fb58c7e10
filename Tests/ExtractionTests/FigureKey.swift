import GraphModel
import GraphStore

/// What makes two figures the same figure for the evaluation: value, unit, period, flow and dimensions —
/// not the id, line, evidence or note, which a draft words its own way.
struct FigureKey: Hashable, CustomStringConvertible {
    let value: Double
    let unit: String
    let period: String
    let flow: String
    let dimensions: [String]

    static let dimensionTypes = ["PARTNER", "REGION", "PRODUCT", "ENTERPRISE", "POLICY", "CHANNEL"]

    /// The key of a measurement node, its value rounded to nine significant digits.
    init(_ node: NodeID, in store: GraphStore) {
        func text(_ key: String) -> String { store.property(key, of: node).stringValue ?? "" }
        let raw = store.property("value", of: node).numericValue ?? .nan
        value = Double(String(format: "%.9g", raw)) ?? raw
        unit = text("unit")
        period = text("period")
        flow = text("flow")
        dimensions = Self.dimensionTypes.compactMap { type in
            store.relationships(of: node, direction: .outgoing, types: [type]).first
                .flatMap { store.property("id", of: store.target(of: $0)).stringValue }
                .map { "\(type.lowercased())=\($0)" }
        }
    }

    /// The key of a row in the columns of a measurements file (a gold row of a held-out document): the
    /// dimension columns hold entity ids.
    init(row: [String: String]) {
        let raw = row["value"].flatMap(Double.init) ?? .nan
        value = Double(String(format: "%.9g", raw)) ?? raw
        unit = row["unit"] ?? ""
        period = row["period"] ?? ""
        flow = row["flow"] ?? ""
        dimensions = Self.dimensionTypes.compactMap { type in
            row[type.lowercased()].flatMap { $0.isEmpty ? nil : "\(type.lowercased())=\($0)" }
        }
    }

    var description: String {
        "\(value) \(unit) \(period) \(flow.isEmpty ? "-" : flow) [\(dimensions.joined(separator: ", "))]"
    }
}
