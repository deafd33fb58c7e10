/// A figure as a person reads it: `45.47 trillion yuan`, `+3.8%`, `1.4 pp`, `over 780,000 enterprises`.
public struct Amount: Sendable, CustomStringConvertible {
    /// The number in the base unit.
    public let value: Double
    /// The unit, or `nil` for a unit outside the vocabulary (shown after the number as written).
    public let unit: Unit?
    /// The qualifier, if any.
    public let approximation: Approximation?
    /// Whether to show a `+` on positive numbers (growth and other changes).
    public let signed: Bool

    /// Creates an amount.
    public init(value: Double, unit: Unit?, approximation: Approximation? = nil, signed: Bool = false) {
        self.value = value
        self.unit = unit
        self.approximation = approximation
        self.signed = signed
    }

    /// The human rendering.
    public var description: String {
        var text = numberText
        if signed && value > 0 { text = "+" + text }
        if let approximation { text = approximation.rawValue + " " + text }
        return text
    }

    private var numberText: String {
        guard let unit else { return Amount.decimal(value) }
        switch unit {
        case .percent: return Amount.decimal(value, minimumDecimals: 1) + "%"
        case .pp: return Amount.decimal(value, minimumDecimals: 1) + " pp"
        case .rank: return "No. " + Amount.decimal(value)
        case .count: return Amount.grouped(value)
        default:
            if unit.scales, let (factor, word) = Amount.scale(for: abs(value)) {
                return Amount.decimal(value / factor) + " " + word + " " + unit.noun
            }
            return Amount.grouped(value) + " " + unit.noun(after: value)
        }
    }

    static func scale(for magnitude: Double) -> (Double, String)? {
        if magnitude >= 1e12 { return (1e12, "trillion") }
        if magnitude >= 1e9 { return (1e9, "billion") }
        if magnitude >= 1e6 { return (1e6, "million") }
        return nil
    }

    /// Up to four decimals, trailing zeros dropped down to `minimumDecimals`: `45.47`, `3.8`, `-2`; rates keep
    /// one decimal (`8.0%`) because statistical releases print them so.
    public static func decimal(_ value: Double, minimumDecimals: Int = 0) -> String {
        guard value.isFinite else { return String(value) }
        let scaled = (value * 10_000).rounded() / 10_000
        var text: String
        if scaled == scaled.rounded(), abs(scaled) < 1e15 {
            text = String(Int64(scaled))
            if minimumDecimals > 0 { text += "." + String(repeating: "0", count: minimumDecimals) }
            return text
        }
        text = String(scaled)
        if text.contains("e") { return text }
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// Whole numbers with thousands separators (`780,000`); fractions as `decimal`.
    static func grouped(_ value: Double) -> String {
        guard value.isFinite, value == value.rounded(), abs(value) < 1e15 else { return decimal(value) }
        let digits = String(abs(Int64(value)))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }
}
