import GraphModel
import GraphStore

/// The store handles a measurement row writes through, resolved once per load, so that creating a million
/// measurement nodes and their links hashes no property keys or relationship types.
struct MeasurementKeys {
    let id, metric, unit, flow, approx, period, start, end, value, line, evidence, note: PropertyKey
    /// The handle of each link type a measurement can have, by name; a dozen entries, searched linearly.
    private let linkTypes: [(name: String, type: RelationshipType)]

    init(store: GraphStore) {
        func key(_ name: String) -> PropertyKey { store.propertyKey(creating: name) }
        (id, metric, unit, flow, approx) = (key("id"), key("metric"), key("unit"), key("flow"), key("approx"))
        (period, start, end, value, line) = (key("period"), key("start"), key("end"), key("value"), key("line"))
        (evidence, note) = (key("evidence"), key("note"))
        let names = ["REPORTER", "SOURCE", "SPOKEN_BY"] + Dimension.allCases.map(\.relationshipType)
        linkTypes = names.map { ($0, store.relationshipType(creating: $0)) }
    }

    /// The handle of a link type named in `LoadSession.links`.
    func linkType(_ name: String) -> RelationshipType {
        guard let found = linkTypes.first(where: { $0.name == name }) else { preconditionFailure("unknown link type \(name)") }
        return found.type
    }
}
