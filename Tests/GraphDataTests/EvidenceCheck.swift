import Foundation

/// Every figure's `evidence` is a verbatim excerpt of its `line` in its document, and states the figure.
struct EvidenceCheck {
    /// The note that exempts a row from the number check (not from the verbatim check): "nine consecutive
    /// years", "one-sixth", "more than half" state a figure without digits.
    static let inWords = "figure written in words"

    /// Document file name → its lines (1-based through `lines[n - 1]`).
    let documents: [String: [String]]
    /// How an N-fold increase is written: "a 3.5-fold increase" states +350%.
    let cues: CurationCues

    /// Reads the documents the figures cite from the seeds folder.
    init(figures: [Figure], seeds: URL, cues: CurationCues) throws {
        var documents: [String: [String]] = [:]
        for name in Set(figures.map(\.document)) {
            let text = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
            documents[name] = text.components(separatedBy: "\n").map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        }
        self.documents = documents
        self.cues = cues
    }

    init(documents: [String: [String]], cues: CurationCues) {
        self.documents = documents
        self.cues = cues
    }

    func problems(_ figures: [Figure]) -> [Problem] {
        figures.compactMap { figure in problem(figure).map { Problem(figure: figure, message: $0) } }
    }

    private func problem(_ figure: Figure) -> String? {
        guard let lines = documents[figure.document] else { return "document '\(figure.document)' not found" }
        guard lines.indices.contains(figure.line - 1) else {
            return "line \(figure.line) is beyond the end of \(figure.document) (\(lines.count) lines)"
        }
        guard lines[figure.line - 1].contains(figure.evidence) else {
            return "evidence is not verbatim on line \(figure.line) of \(figure.document): \"\(figure.evidence)\""
        }
        guard figure.note.contains(Self.inWords) || StatedNumber.states(figure.value, in: figure.evidence)
                || cues.foldMultiple(in: figure.evidence).map({ $0 * 100 == abs(figure.value) }) == true else {
            return "evidence does not state the value \(Self.plain(figure.value)) at any scale (units, thousand, 万, "
                + "million, 亿, billion, trillion): \"\(figure.evidence)\"; if the text writes it in words, say "
                + "'\(Self.inWords)' in the note"
        }
        return nil
    }

    /// `45470000000000`, `3.8`: the value as the CSV writes it.
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
