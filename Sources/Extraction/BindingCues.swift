import GraphStore
import TradeText

/// The lexicon's words that binding a number to its facets needs, and what the graph says of when its entities
/// began, read once per extraction.
struct BindingCues {
    let periodChoice: PeriodChoice
    /// Flow cues alone, for the parts of "exports and imports".
    let flows: CueReader
    /// Words that carry no facet (the lexicon's `stop` kind).
    let functionWords: Set<String>
    /// Names that stand for the whole world (kind `whole-world`): in "the world's largest" or "10% of
    /// global imports" they are the scope of a rank or the base of a share, not the figure's partner; only a
    /// figure of someone else's statistics ("the WTO expects global trade to grow") is about the world.
    let wholeWorld: Set<String>

    /// Phrases that point back to a counted list (kind `extract-anaphora-list`, meaning how many), matched on
    /// their own so that a cue that overlaps them ("of these") does not hide them.
    let listAnaphora: PhraseMatcher<Int>
    /// The days the graph's entities began, which "since the launch" counts from when the text gives none.
    let launchDays: LaunchDays
    /// Where the graph places its entities, whose place is no dimension of their figures, and its wholes by their
    /// parts, which a list of every part names.
    let relations: EntityRelations

    /// The words that may stand between a figure and a period after it that is the figure's own (kind
    /// `extract-period-link`: "48.7% for the full year").
    let periodLinks: Set<String>
    /// Words that start the next figure's part of a clause (kind `extract-figure-joiner`: "and in the first half
    /// imports rose 3.1%"): a period after them is not the figure's before them.
    let figureJoiners: Set<String>
    /// Words before and after a transport mode named by one plain word that make it the mode ("by road", "rail
    /// freight"; kinds `extract-mode-before`, `extract-mode-after`).
    let modeWords: (before: Set<String>, after: Set<String>)
    /// Words that may stand between a whole and the parts that spell it out (kind `extract-spelling-word`: "the new
    /// trio of electric vehicles, ...", "the new trio, so electric vehicles, ...").
    let spellingWords: Set<String>

    init(lexicon: Lexicon, store: GraphStore) {
        launchDays = LaunchDays(store: store, lexicon: lexicon)
        relations = EntityRelations(store: store)
        periodChoice = PeriodChoice(lexicon: lexicon)
        flows = CueReader(lexicon: lexicon, kinds: ["flow"])
        functionWords = Set(lexicon.phrases(kind: "stop").map(\.phrase))
        wholeWorld = Set(lexicon.phrases(kind: "whole-world").map(\.phrase))
        modeWords = (Set(lexicon.phrases(kind: "extract-mode-before").map(\.phrase)),
                     Set(lexicon.phrases(kind: "extract-mode-after").map(\.phrase)))
        spellingWords = Set(lexicon.phrases(kind: "extract-spelling-word").map { $0.phrase.lowercased() })
        figureJoiners = Set(lexicon.phrases(kind: "extract-figure-joiner").map { $0.phrase.lowercased() })
        periodLinks = Set(lexicon.phrases(kind: "extract-period-link").flatMap { $0.phrase.lowercased().split(separator: " ").map(String.init) })
        listAnaphora = PhraseMatcher(lexicon.phrases(kind: "extract-anaphora-list").compactMap { entry in
            Int(entry.meaning).map { (entry.phrase, $0) }
        })
    }
}
