import GraphModel

/// The four kinds of table a graph folder holds, with the columns each may and must have (the contract's
/// "Files" section). Unknown columns are errors: a typo must not silently drop data.
enum TableKind: String, CaseIterable {
    case sources, entities, relations, measurements

    /// Every column the kind accepts.
    var columns: [String] {
        switch self {
        case .sources: return ["id", "kind", "title", "date", "language", "document", "url"]
        case .entities: return ["id", "label", "name", "name_zh", "aliases", "description"]
        case .relations: return ["from", "type", "to", "source", "note"]
        case .measurements:
            return ["id", "metric", "flow", "period", "value", "unit", "approx", "reporter"]
                + Dimension.allCases.map(\.rawValue) + ["source", "line", "speaker", "evidence", "note"]
        }
    }

    /// The columns that may not be left out.
    var requiredColumns: [String] {
        switch self {
        case .sources: return ["id"]
        case .entities: return ["id", "label", "name"]
        case .relations: return ["from", "type", "to"]
        case .measurements: return ["id", "metric", "period", "value", "unit", "source"]
        }
    }
}

/// The entity labels of the contract. Another label is an error with a suggestion, not a new kind of node.
enum EntityLabel {
    static let all: [String] = ["Economy", "Partner", "PartnerGroup", "Region", "Product", "EnterpriseType",
                                "Policy", "Channel", "Organization", "Event", "Person"]
    /// Whose statistics a figure can be.
    static let reporters: Set<String> = ["Economy", "Organization", "Partner", "PartnerGroup"]
}
