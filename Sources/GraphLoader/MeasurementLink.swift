import GraphModel

/// A measurement column that names another node, in the order a measurement's relationships are created:
/// the column, the relationship it becomes and the labels the node it names may carry. Both measurement
/// readers walk this one list, so they link the same nodes in the same order.
struct MeasurementLink {
    let column: String
    let type: String
    let labels: Set<String>

    /// Reporter, the dimensions, source, speaker.
    static let all: [MeasurementLink] =
        [MeasurementLink(column: "reporter", type: "REPORTER", labels: EntityLabel.reporters)]
        + Dimension.allCases.map { MeasurementLink(column: $0.rawValue, type: $0.relationshipType, labels: $0.labels) }
        + [MeasurementLink(column: "source", type: "SOURCE", labels: ["Source"]),
           MeasurementLink(column: "speaker", type: "SPOKEN_BY", labels: ["Person"])]

    /// The position of the reporter in `all`: an empty reporter column links to `china`.
    static let reporter = 0
}
