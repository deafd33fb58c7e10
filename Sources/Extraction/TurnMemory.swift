import GraphModel
import TradeText

/// What a speaker's turn (on a news page, which has no speakers, the whole page) keeps from paragraph to
/// paragraph: the names it named last, per column and per label, which "these countries" and "the bloc" point
/// back to; the last span of days it dated; the policy and place it opened on; and the period and flow of its
/// last figures, which "in that period", 同期 point back to in a later paragraph.
struct TurnMemory {
    /// Per column, the entity the turn named last.
    private(set) var named: [String: String] = [:]
    /// Per column, every entity the last sentence naming that column named: a list that "these provinces", 上述省市
    /// point back to together.
    private(set) var lastNamedTogether: [String: Set<String>] = [:]
    /// Per label, the entity of that label the turn named last, and when (a running count of names).
    private var byLabel: [String: (id: String, order: Int)] = [:]
    private var order = 0
    /// The last span of days the turn dated ("From Dec. 18, 2025, to Jan. 10, 2026", "封关以来截至本月上旬").
    var span: (period: Period, note: String?)?
    /// The policy the turn opened on together with a place (`SentenceContext.policyOfPlace`).
    var policy: String?
    /// The place the turn opened on together with that policy: where the turn's figures are, unless they name one.
    var place: String?
    /// The period that a word of the text gave the turn's last figures.
    var period: Period?
    /// The flow the turn's last paragraph with a flow word named last.
    var flow: String?

    /// What an answer keeps of the question before it: the names it asked about ("请介绍一下中欧贸易情况" — "双方贸易额"),
    /// and the policy and place it opened on ("The Hainan Free Trade Port launched island-wide special customs
    /// operations in December. What changes have you seen?" — "The island's goods imports and exports reached ...").
    var names: TurnMemory {
        var kept = TurnMemory()
        (kept.named, kept.byLabel, kept.order) = (named, byLabel, order)
        (kept.policy, kept.place) = (policy, place)
        return kept
    }

    /// Takes in one name the turn made.
    mutating func name(_ mention: EntityMention, column: String) {
        named[column] = mention.id
        order += 1
        byLabel[mention.label] = (mention.id, order)
    }

    /// Takes in every name of one sentence by column, for pointing back to them together.
    mutating func nameTogether(_ ids: [String: Set<String>]) {
        lastNamedTogether.merge(ids) { $1 }
    }

    /// The entity the turn named last among those of `labels`, with its column: "the bloc" (a `PartnerGroup`)
    /// after "the European Union", though a country was named since.
    func last(among labels: [String]) -> (column: String, id: String)? {
        let found = labels.compactMap { label in byLabel[label].map { (label: label, entry: $0) } }
            .max { $0.entry.order < $1.entry.order }
        guard let found, let column = DimensionColumn.byLabel[found.label] else { return nil }
        return (column, found.entry.id)
    }
}
