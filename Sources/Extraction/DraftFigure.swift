import GraphModel

/// One row of the draft's measurements table, with the reasons behind its choices.
struct DraftFigure {
    var metric: String
    var flow: String?
    var period: String
    var value: Double
    var unit: Unit
    var approximation: Approximation?
    /// Dimension column → entity id.
    var dimensions: [String: String]
    var line: Int
    var speaker: String?
    var evidence: String
    var notes: [String]
    /// Whether a rate's metric came from its unit alone, no word in the text naming it.
    var metricGuessed: Bool
    /// Whether the period came from the document, no word in the paragraph naming it.
    var periodGuessed: Bool
    /// Whose statistics the figure is, where not China's customs (`ForeignStatistics`).
    var reporter: String? = nil
}

extension DraftFigure {
    /// The figure as stated for one entity of a list that shares it ("X, Y and Z all grew by 20%").
    func stated(for entity: [String: String]) -> DraftFigure {
        var figure = self
        figure.dimensions.merge(entity) { _, named in named }
        figure.notes.append("one figure stated for each name of a list")
        return figure
    }
}

/// The dimension columns of the measurements table, by the entity label whose ids they hold.
enum DimensionColumn {
    static let byLabel: [String: String] = [
        "Partner": "partner", "PartnerGroup": "partner", "Region": "region", "Product": "product",
        "EnterpriseType": "enterprise", "Policy": "policy", "Channel": "channel",
    ]
    static let all = ["partner", "region", "product", "enterprise", "policy", "channel"]
}
