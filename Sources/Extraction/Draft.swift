import GraphLoader
import GraphModel
import TradeText

/// The draft of one document: its source row, its figures with ids `SOURCE-lLINE-N`, the people it proposes,
/// and everything the report lists (numbers left out and why, names not linked).
public struct Draft {
    let request: ExtractionRequest
    let language: DocumentLanguage
    let speakers: [DocumentLayout.Speaker]
    private(set) var figures: [DraftFigure] = []
    /// Numbers that became no figure: why, the line, the text.
    var skipped: [(reason: String, line: Int, text: String)] = []
    var unlinked: [UnlinkedName] = []

    init(request: ExtractionRequest, language: DocumentLanguage, speakers: [DocumentLayout.Speaker]) {
        self.request = request
        self.language = language
        self.speakers = speakers
    }

    mutating func add(_ new: [DraftFigure]) {
        figures += new
    }

    /// Drops the figures of headlines (`headlines`: their lines) that a later line restates with the same metric,
    /// value and unit: "工信部等6部门联合发文——" over an article that says "工业和信息化部等6部门发布" states one figure,
    /// the article's.
    mutating func dropRestated(headlines: Set<Int>) {
        let all = figures
        figures.removeAll { figure in
            guard headlines.contains(figure.line), let restated = all.first(where: { later in
                later.line > figure.line && !headlines.contains(later.line) && later.metric == figure.metric
                    && later.value == figure.value && later.unit == figure.unit
            }) else { return false }
            skipped.append(("a headline's figure that line \(restated.line) states", figure.line, figure.evidence))
            return true
        }
    }

    /// The figures with their ids, in document order.
    var identified: [(id: String, figure: DraftFigure)] {
        var perLine: [Int: Int] = [:]
        return figures.map { figure in
            perLine[figure.line, default: 0] += 1
            return ("\(request.sourceID)-l\(figure.line)-\(perLine[figure.line] ?? 1)", figure)
        }
    }

    /// File name → (columns, rows) for the draft folder.
    var tables: [(name: String, kind: String, rows: [[String: String]])] {
        let id = request.sourceID
        return [
            ("sources.csv", "sources", [sourceRow]),
            ("entities-\(id).csv", "entities", speakers.filter(\.proposed).map(entityRow)),
            ("relations-\(id).csv", "relations", speakers.map { ["from": $0.id, "type": "SPOKE_AT", "to": id, "source": id,
                                                                 "note": "proposed by tradegraph extract"] }),
            ("measurements-\(id).csv", "measurements", identified.map(measurementRow)),
        ]
    }

    private var sourceRow: [String: String] {
        ["id": request.sourceID, "kind": request.kind, "title": request.title ?? "", "date": request.date ?? "",
         "language": language.rawValue, "document": fileName]
    }

    private var fileName: String {
        String(request.path.split(separator: "/").last ?? Substring(request.path))
    }

    private func entityRow(_ speaker: DocumentLayout.Speaker) -> [String: String] {
        ["id": speaker.id, "label": "Person", "name": speaker.name, "name_zh": speaker.nameZH ?? "",
         "description": "proposed by tradegraph extract: speaker at \(request.sourceID)"]
    }

    private func measurementRow(_ entry: (id: String, figure: DraftFigure)) -> [String: String] {
        let figure = entry.figure
        var row: [String: String] = [
            "id": entry.id, "metric": figure.metric, "flow": figure.flow ?? "", "period": figure.period,
            "value": GraphWriter.plainDecimal(figure.value) ?? "", "unit": figure.unit.rawValue,
            "approx": figure.approximation?.rawValue ?? "", "source": request.sourceID, "line": String(figure.line),
            "speaker": figure.speaker ?? "", "evidence": figure.evidence, "note": figure.notes.joined(separator: "; "),
        ]
        for (column, id) in figure.dimensions { row[column] = id }
        if let reporter = figure.reporter { row["reporter"] = reporter }
        return row
    }
}
