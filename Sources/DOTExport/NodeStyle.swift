/// How the nodes of one label look: a shape and a fill colour (from `PicturePalette`, which charts share), so that a reader tells partners from
/// products at a glance, and a legend can explain the picture.
struct NodeStyle: Equatable {
    /// Graphviz shape name.
    let shape: String
    /// Fill colour, `#rrggbb`.
    let fill: String
    /// Graphviz style list.
    let style: String
    /// Outline colour, `#rrggbb`.
    let outline: String

    /// The labels with a style of their own, in the order the legend and the node list use: the economy,
    /// then partners, domestic places, goods, then context, then sources and measurements.
    static let known: [(label: String, style: NodeStyle)] = [
        ("Economy", NodeStyle(shape: "doubleoctagon", fill: "#fdd49e")),
        ("PartnerGroup", NodeStyle(shape: "ellipse", fill: PicturePalette.blue.fill, style: "filled,bold")),
        ("Partner", NodeStyle(shape: "ellipse", fill: "#deebf7")),
        ("Region", NodeStyle(shape: "house", fill: PicturePalette.green.fill)),
        ("Product", NodeStyle(shape: "box", fill: PicturePalette.orange.fill, style: "filled,rounded")),
        ("EnterpriseType", NodeStyle(shape: "hexagon", fill: PicturePalette.purple.fill)),
        ("Policy", NodeStyle(shape: "note", fill: PicturePalette.red.fill)),
        ("Channel", NodeStyle(shape: "cds", fill: "#ffffb2")),
        ("Organization", NodeStyle(shape: "tab", fill: "#e5d8bd")),
        ("Event", NodeStyle(shape: "invhouse", fill: "#fddaec")),
        ("Person", NodeStyle(shape: "egg", fill: "#f0f0f0")),
        ("Source", NodeStyle(shape: "folder", fill: "#d9d9d9")),
        ("Measurement", NodeStyle(shape: "box", fill: "#ffffff", style: "filled,rounded", outline: "#969696")),
    ]

    /// Labels outside the schema (created at the prompt) share one plain style.
    static let other = NodeStyle(shape: "box", fill: "#f7f7f7")

    init(shape: String, fill: String, style: String = "filled", outline: String = PicturePalette.ink) {
        self.shape = shape
        self.fill = fill
        self.style = style
        self.outline = outline
    }

    /// The style of a label.
    static func of(_ label: String) -> NodeStyle {
        known.first { $0.label == label }?.style ?? other
    }

    /// Where a label sorts: known labels in `known` order, then others.
    static func rank(of label: String) -> Int {
        known.firstIndex { $0.label == label } ?? known.count
    }

    /// The style for a node whose label lists folded measurements: a rounded box in the same colour, since
    /// a list of lines inside an ellipse or a house wastes most of the shape.
    var holdingRecords: NodeStyle {
        NodeStyle(shape: "box", fill: fill, style: "filled,rounded", outline: outline)
    }

    /// The DOT attributes, without brackets.
    var attributes: String {
        "shape=\(DOTString.quoted(shape)), style=\(DOTString.quoted(style)), fillcolor=\(DOTString.quoted(fill)), "
            + "color=\(DOTString.quoted(outline))"
    }
}
