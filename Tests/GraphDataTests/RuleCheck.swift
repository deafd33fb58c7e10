import GraphLoader
/// The curation rules of `Graph/README.md` ("Rules a row follows") as checks over the figures, each
/// returning how many rows it applied to and the rows that break it. The cue words come from
/// `Graph/curation-cues.tsv`, the events' names from the graph itself.
struct RuleCheck {
    let cues: CurationCues
    /// Event id → its name and aliases, lowercased.
    let events: [String: [String]]

    typealias Result = (checked: Int, problems: [Problem])

    /// A rate ("daily", "every minute", "per enterprise", 日均, 每) is never a plain total, and a rate's unit
    /// says per what (`CNY/day`).
    func averages(_ figures: [Figure]) -> Result {
        var result: Result = (0, [])
        let totals = Set(cues.words("total-metric")), rates = Set(cues.words("average-metric"))
        for figure in figures {
            if cues.mentions("average", in: figure.evidence, except: "average-exception") {
                result.checked += 1
                if totals.contains(figure.metric) {
                    result.problems.append(Problem(figure: figure, message: "evidence states a rate (\"\(figure.evidence)\") "
                        + "but metric \(figure.metric) is a total of the period; use \(rates.sorted().joined(separator: " or ")) with a unit per time or item (CNY/day)"))
                }
            }
            if rates.contains(figure.metric) && !figure.unit.contains("/") {
                result.problems.append(Problem(figure: figure, message: "\(figure.metric) in \(figure.unit): the unit of a rate says per what (CNY/day, people/day)"))
            }
        }
        return result
    }

    /// An N-fold increase (增长N倍) is growth of N×100 percent; `times` is the unit of a ratio of levels only.
    func folds(_ figures: [Figure]) -> Result {
        var result: Result = (0, [])
        let metrics = cues.words("fold-metric")
        for figure in figures {
            if let multiple = cues.foldMultiple(in: figure.evidence) {
                result.checked += 1
                if !metrics.contains(figure.metric) || figure.unit != "percent" || abs(abs(figure.value) - multiple * 100) > 1e-9 {
                    result.problems.append(Problem(figure: figure, message: "an N-fold increase (\"\(figure.evidence)\") is "
                        + "\(metrics.joined(separator: " or ")) of \(EvidenceCheck.plain(multiple * 100)) percent, not \(figure.metric) \(EvidenceCheck.plain(figure.value)) \(figure.unit)"))
                }
            }
            if figure.unit == "times" && figure.metric != "ratio" {
                result.problems.append(Problem(figure: figure, message: "unit times is for a ratio of two levels (是…的N倍); \(figure.metric) is a change"))
            }
        }
        return result
    }

    /// A world (or continental) ranking, and the years it was held, reports no `china` without a named
    /// statistician: it rests on other economies' data.
    func worldRankings(_ figures: [Figure]) -> Result {
        var result: Result = (0, [])
        for figure in figures where figure.metric == "rank" || (figure.metric == "count" && figure.note.contains("consecutive")) {
            guard cues.mentions("world", in: figure.evidence + " " + figure.note) else { continue }
            result.checked += 1
            if figure.reporter == "china" {
                result.problems.append(Problem(figure: figure, message: "a world ranking with no statistician named reports as china; set reporter=international-data"))
            }
        }
        return result
    }

    /// A row says what it counts: only a self-describing metric of a trade flow may go without a note.
    func notes(_ figures: [Figure]) -> Result {
        let plain = Set(cues.words("self-describing"))
        let silent = figures.filter { $0.note.isEmpty }
        let problems = silent.filter { !plain.contains($0.metric) || $0.flow.isEmpty }.map {
            Problem(figure: $0, message: "\($0.metric)\($0.flow.isEmpty ? " of no trade flow" : "") does not say what it counts; add a note (\"45 duty-free product categories before the adjustment\")")
        }
        return (figures.count, problems)
    }

    /// A round level first passed ("crossed the 40 trillion yuan threshold") is a `threshold`, not the value.
    func thresholds(_ figures: [Figure]) -> Result {
        let stated = figures.filter { cues.mentions("threshold", in: $0.evidence) }
        return (stated.count, stated.filter { $0.metric != "threshold" }.map {
            Problem(figure: $0, message: "evidence names a threshold crossed; metric should be threshold, not \($0.metric)")
        })
    }

    /// A figure whose evidence or note names an event (the CIIE, the China Development Forum) links to it.
    func eventFigures(_ figures: [Figure]) -> Result {
        var result: Result = (0, [])
        for figure in figures {
            let text = (figure.evidence + " " + figure.note).lowercased()
            for (event, names) in events.sorted(by: { $0.key < $1.key }) where names.contains(where: { text.contains($0) }) {
                result.checked += 1
                if figure.dimensions["event"] != event {
                    result.problems.append(Problem(figure: figure, message: "names the event \(event) but its event column is '\(figure.dimensions["event"] ?? "")'"))
                }
            }
        }
        return result
    }
}
