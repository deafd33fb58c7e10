extension Amount {
    /// How an axis of figures in `unit` up to `magnitude` reads: the factor to divide them by and the words
    /// the axis is labelled with, `(1e12, "trillion yuan")` for 7.55e12 yuan, `(1, "%")` for rates,
    /// `(1, "")` without a unit. The same scales and nouns as an amount's own text, so a chart's axis and its
    /// value labels agree.
    public static func axisScale(forMagnitude magnitude: Double, unit: Unit?) -> (factor: Double, words: String) {
        guard let unit else { return (1, "") }
        guard unit.scales, let (factor, word) = scale(for: magnitude) else { return (1, unit.noun) }
        return (factor, word + " " + unit.noun)
    }
}
