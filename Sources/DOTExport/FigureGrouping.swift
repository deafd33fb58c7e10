/// How a picture with many figures gathers them so that it fits on a screen: a neighbourhood of the EU
/// holds some sixty, which as nodes of their own make a column of labels ten screens long.
public enum FigureGrouping: String, Sendable, CaseIterable {
    /// Each figure becomes a line in the label of the entity it is about (an edge between two entities it
    /// is about), as `--fold` draws them.
    case entity
    /// One node per period, listing that period's figures, linked to the entities they are about.
    case period
    /// One node per metric (value, share, growth ...), listing its figures, linked likewise.
    case metric

    /// The legend's words for what was grouped.
    func legend(figures: Int, groups: Int) -> String {
        switch self {
        case .entity: return "\(figures) figures folded into the labels (•) of the entities they are about"
        case .period, .metric: return "\(figures) figures grouped by \(rawValue) into \(groups) nodes (•)"
        }
    }
}
