import GraphLoader
/// A share of the national total agrees with the two values it relates, where both are in the graph.
///
/// Checked: `share` rows of China's customs (empty reporter) in `percent`, stated exactly, with a flow and
/// exactly one dimension that is a `partner` (country or group) or an `enterprise` type, whose `note`
/// begins "share of China's total" — the note and the single dimension make the whole unambiguous: the
/// national value of the same flow, period and source. The part is the exact `value` row with the same
/// dimension, flow, period and source; the whole the exact national one in the same unit. Every figure
/// may be off by half its last stated digit, so the share must fall within the range those roundings allow.
///
/// Not checked: shares of a product's trade (the graph rarely holds the product's national value), of a
/// region (usually of "national growth" or of a product), of global trade, and "share" notes that name
/// another whole ("of the total trade of little giant enterprises", "of the number of enterprises").
enum ShareCheck {
    /// What the note of a checked share begins with.
    static let nationalWhole = "share of China's total"

    /// Value rows that are not the part a share relates, though they carry its dimension.
    static let notParts: [String: String] = [
        // "the average import-export volume per enterprise reached 940 million yuan" (001 line 278): an average
        // per state-owned enterprise, not the SOEs' trade (6.06 trillion, fy25en-l278-1); the metric vocabulary
        // has no per-enterprise average, so the row is a `value` with the enterprise dimension.
        "fy25en-l278-3": "average per enterprise, not a total",
    ]

    static func problems(_ figures: [Figure]) -> (checked: Int, problems: [Problem]) {
        struct Key: Hashable { let source, period, flow, reporter: String; let dimensions: [String: String] }
        var values: [Key: [Figure]] = [:]
        for figure in figures where figure.metric == "value" && figure.isExact && notParts[figure.id] == nil {
            let key = Key(source: figure.source, period: figure.period, flow: figure.flow, reporter: figure.reporter,
                          dimensions: figure.dimensions)
            values[key, default: []].append(figure)
        }
        var checked = 0
        var problems: [Problem] = []
        for share in figures where isNationalShare(share) {
            let key = Key(source: share.source, period: share.period, flow: share.flow, reporter: share.reporter,
                          dimensions: share.dimensions)
            let whole = Key(source: share.source, period: share.period, flow: share.flow, reporter: share.reporter,
                            dimensions: [:])
            for part in values[key] ?? [] {
                for total in values[whole] ?? [] where total.unit == part.unit {
                    checked += 1
                    let (low, high) = range(part: part, whole: total)
                    let margin = share.roundingStep / 2
                    guard share.value + margin < low || share.value - margin > high else { continue }
                    problems.append(Problem(figure: share, message:
                        "share \(EvidenceCheck.plain(share.value))% disagrees with \(part.id) "
                        + "\(EvidenceCheck.plain(part.value)) / \(total.id) \(EvidenceCheck.plain(total.value)) = "
                        + "\(String(format: "%.2f", part.value / total.value * 100))% "
                        + "(rounding allows \(String(format: "%.2f", low))–\(String(format: "%.2f", high))%)"))
                }
            }
        }
        return (checked, problems)
    }

    static func isNationalShare(_ figure: Figure) -> Bool {
        figure.metric == "share" && figure.unit == "percent" && figure.isExact && figure.reporter == "china"
            && !figure.flow.isEmpty && figure.note.hasPrefix(nationalWhole)
            && (figure.dimensions.keys.sorted() == ["partner"] || figure.dimensions.keys.sorted() == ["enterprise"])
    }

    /// The share, in percent, that part / whole can be when both are off by half their last stated digit.
    static func range(part: Figure, whole: Figure) -> (low: Double, high: Double) {
        let p = part.roundingStep / 2, w = whole.roundingStep / 2
        return ((part.value - p) / (whole.value + w) * 100, (part.value + p) / (whole.value - w) * 100)
    }
}
