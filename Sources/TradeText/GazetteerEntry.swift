import GraphModel

/// One name of one entity, as the gazetteer matches it.
struct GazetteerEntry: Sendable {
    let node: NodeID
    let id: String
    let label: String
    let name: String
    /// Set for a short capitalised abbreviation ("US", "EU"): it matches only when written in capitals, so that
    /// "tell us" does not name the United States.
    let exactCase: String?
}
