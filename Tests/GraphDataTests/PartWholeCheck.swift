import GraphLoader
/// A part does not exceed its whole: a value broken down by partner, product, region or enterprise type is
/// at most China's national value of the same flow, period, source, reporter and unit.
///
/// The whole must be exact or an upper bound ("nearly", "under"); the part exact or a lower bound ("over",
/// "about"), so that "part > whole" is a contradiction and not a reading of two bounds. Both may be off by
/// half their last stated digit.
enum PartWholeCheck {
    /// The dimensions that break China's trade into parts.
    static let partDimensions: Set<String> = ["partner", "product", "region", "enterprise"]

    static func problems(_ figures: [Figure]) -> (checked: Int, problems: [Problem]) {
        struct Key: Hashable { let source, period, flow, reporter, unit: String }
        func key(_ figure: Figure) -> Key {
            Key(source: figure.source, period: figure.period, flow: figure.flow, reporter: figure.reporter, unit: figure.unit)
        }
        var wholes: [Key: [Figure]] = [:]
        for figure in figures where figure.metric == "value" && figure.isNational && !figure.flow.isEmpty
            && ["", "nearly", "under"].contains(figure.approx) {
            wholes[key(figure), default: []].append(figure)
        }
        var checked = 0
        var problems: [Problem] = []
        for part in figures where part.metric == "value" && !part.flow.isEmpty && ["", "over", "about"].contains(part.approx)
            && !part.dimensions.isEmpty && Set(part.dimensions.keys).isSubset(of: partDimensions) {
            for whole in wholes[key(part)] ?? [] {
                checked += 1
                guard part.value - part.roundingStep / 2 > whole.value + whole.roundingStep / 2 else { continue }
                problems.append(Problem(figure: part, message:
                    "part \(EvidenceCheck.plain(part.value)) (\(part.dimensions.values.sorted().joined(separator: ", "))) "
                    + "exceeds the national \(part.flow) \(EvidenceCheck.plain(whole.value)) of \(whole.id) "
                    + "(\(part.source), \(part.period), \(part.unit))"))
            }
        }
        return (checked, problems)
    }
}
