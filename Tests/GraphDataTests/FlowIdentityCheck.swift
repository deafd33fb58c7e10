import GraphLoader
/// Exports plus imports equal the total: for every source, period, dimensions, reporter and unit with exact
/// `value` rows for all three flows, |export + import − total| is within rounding.
///
/// The figures are rounded to their last stated digit, so the tolerance is one step of that digit in the
/// least precise of the three (`13 trillion` → 1 trillion; `45.47 trillion` → 0.01 trillion). Approximate
/// figures ("over 45 trillion") state a bound, not a value, and take no part.
enum FlowIdentityCheck {
    /// Rows whose source's own figures do not add up, with why they stay as stated. None so far.
    static let exemptions: [String: String] = [:]

    static func problems(_ figures: [Figure]) -> (checked: Int, problems: [Problem]) {
        struct Key: Hashable { let source, period, reporter, unit: String; let dimensions: [String: String] }
        var groups: [Key: [String: [Figure]]] = [:]
        for figure in figures where figure.metric == "value" && figure.isExact && !figure.flow.isEmpty
            && exemptions[figure.id] == nil {
            let key = Key(source: figure.source, period: figure.period, reporter: figure.reporter, unit: figure.unit,
                          dimensions: figure.dimensions)
            groups[key, default: [:]][figure.flow, default: []].append(figure)
        }
        var checked = 0
        var problems: [Problem] = []
        for flows in groups.values {
            for total in flows["total"] ?? [] {
                for export in flows["export"] ?? [] {
                    for `import` in flows["import"] ?? [] {
                        checked += 1
                        let sum = export.value + `import`.value
                        let tolerance = [total, export, `import`].map(\.roundingStep).max() ?? 0
                        guard abs(sum - total.value) > tolerance * (1 + 1e-9) else { continue }
                        problems.append(Problem(figure: total, message:
                            "total \(EvidenceCheck.plain(total.value)) is not export \(export.id) "
                            + "\(EvidenceCheck.plain(export.value)) + import \(`import`.id) "
                            + "\(EvidenceCheck.plain(`import`.value)) = \(EvidenceCheck.plain(sum)) "
                            + "within the rounding step \(EvidenceCheck.plain(tolerance)) "
                            + "(\(total.source), \(total.period), \(total.unit))"))
                    }
                }
            }
        }
        return (checked, problems.sorted { ($0.figure.rowFile, $0.figure.rowLine) < ($1.figure.rowFile, $1.figure.rowLine) })
    }
}
