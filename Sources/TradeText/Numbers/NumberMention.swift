import GraphModel

/// A number as a text writes it, read into the graph's terms: its value in base units (45.47 trillion yuan is
/// 45_470_000_000_000), its unit, its qualifier and its sign; or, for a number that states no figure, why not.
public struct NumberMention: Hashable, Sendable {
    /// The value in the base unit of `unit`, negative for a decline ("down 2%" is -2).
    public let value: Double
    /// The unit from the graph's vocabulary, `nil` where the text gives none.
    public let unit: Unit?
    /// "over 190 countries" is not "190 countries".
    public let approximation: Approximation?
    /// Whether a decline word made the value negative.
    public let isDecline: Bool
    /// Whether the number is written in words ("three consecutive years", "two-thirds", 两成).
    public let inWords: Bool
    /// Whether a scale word multiplies it ("26.99 trillion"): without a unit, an amount of money in the currency
    /// the text uses (extraction reads it as the document's usual one).
    public var isScaled = false
    /// A number that states no figure, and why; `nil` for a figure.
    public let notAFigure: NotAFigure?
    /// Character offsets of the number with its scale, unit and qualifiers, in the text that was read.
    public let range: Range<Int>
    /// Character offsets of the number itself (digits or words), without qualifier, scale or unit.
    public let core: Range<Int>

    /// Whether this number states a figure.
    public var isFigure: Bool { notAFigure == nil }
}

extension NumberMention {
    /// The same number in `unit`: "628,000 enterprises ... surpassing 600,000" counts enterprises twice.
    public func withUnit(_ unit: Unit) -> NumberMention {
        NumberMention(value: value, unit: unit, approximation: approximation, isDecline: isDecline, inWords: inWords,
                      isScaled: isScaled, notAFigure: nil, range: range, core: core)
    }

    /// The same number with another value: a decline the words around it state ("lowered ... by 2.6 points").
    public func withValue(_ value: Double) -> NumberMention {
        NumberMention(value: value, unit: unit, approximation: approximation, isDecline: value < 0, inWords: inWords,
                      isScaled: isScaled, notAFigure: notAFigure, range: range, core: core)
    }
}

extension Unit {
    /// The most there can be of a counted unit: no more countries and regions than the world's 249 or so, no more
    /// people than live in it, and no more of anything else than a billion.
    public var largestCount: Double {
        switch self {
        case .countries: return 300
        case .people: return 1e10
        default: return 1e9
        }
    }

    /// Currencies: yuan and U.S. dollars.
    public var isMoney: Bool { self == .cny || self == .usd }

    /// Units that count things (enterprises, countries, people ...), whose figures are counts, not money or rates.
    public var isCounted: Bool {
        switch self {
        case .enterprises, .countries, .people, .vehicles, .trips, .flights, .items, .batches: return true
        default: return false
        }
    }
}
