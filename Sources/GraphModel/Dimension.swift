/// A column of `measurements.csv` naming an entity the figure is broken down by, with the relationship it
/// becomes and the labels the entity may have. One list for every layer: the loader reads and writes these
/// columns, and the layers that draw or list a figure's dimensions (DOT folding, `:describe`) follow the same
/// relationship types, so a new dimension is added here once.
public enum Dimension: String, Vocabulary {
    case partner, region, product, enterprise, policy, channel
    /// The `Event` a figure is about: deals at an expo, attendance at a forum.
    case event

    /// The relationship type from the measurement node to the entity.
    public var relationshipType: String { rawValue.uppercased() }

    /// Every dimension relationship type, in column order (the order a folded DOT edge runs: partner → product).
    public static let relationshipTypes: [String] = allCases.map(\.relationshipType)

    /// The labels a referenced entity may carry.
    public var labels: Set<String> {
        switch self {
        case .partner: return ["Partner", "PartnerGroup", "Economy"]
        case .region: return ["Region"]
        case .product: return ["Product"]
        case .enterprise: return ["EnterpriseType"]
        case .policy: return ["Policy"]
        case .channel: return ["Channel"]
        case .event: return ["Event"]
        }
    }
}
