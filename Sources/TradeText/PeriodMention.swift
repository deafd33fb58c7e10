import GraphModel

/// A period named in a text, resolved to the graph's notation.
public struct PeriodMention: Hashable, Sendable {
    /// The period (`2025-Q1`, `2021/2025`).
    public let period: Period
    /// The text as written ("first quarter of last year").
    public let text: String
    /// Character offsets of everything that named it.
    public let range: Range<Int>
    /// How a year was chosen when the text did not write it ("'last year' = 2025"), or nil when it did.
    public let inference: String?

    /// A mention of `period`, written as `text` at `range`; `inference` says how its year was chosen, if it was.
    public init(period: Period, text: String, range: Range<Int>, inference: String?) {
        self.period = period
        self.text = text
        self.range = range
        self.inference = inference
    }

    /// The start of `inference` when the text wrote no year at all and the reference's was taken.
    static let noYearGiven = "no year given"

    /// The text named no year for this period ("the first quarter"), so the reference's year was assumed.
    public var yearIsAssumed: Bool { inference?.hasPrefix(Self.noYearGiven) ?? false }
}
