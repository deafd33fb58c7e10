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

    init(lexicon: Lexicon, store: GraphStore) {
        launchDays = LaunchDays(store: store, lexicon: lexicon)
        periodChoice = PeriodChoice(lexicon: lexicon)
        flows = CueReader(lexicon: lexicon, kinds: ["flow"])
        functionWords = Set(lexicon.phrases(kind: "stop").map(\.phrase))
        wholeWorld = Set(lexicon.phrases(kind: "whole-world").map(\.phrase))
        listAnaphora = PhraseMatcher(lexicon.phrases(kind: "extract-anaphora-list").compactMap { entry in
            Int(entry.meaning).map { (entry.phrase, $0) }
        })
    }
}
