import Foundation
import Questions

/// Top-1 and top-3 accuracy of the asker over one question set, with every miss and what was understood,
/// so that each set's test only states its file and its floors.
struct QuestionSetScore {
    private(set) var top1 = 0, top3 = 0, answerable = 0, unanswerable = 0, flagged = 0
    private(set) var failures: [String] = []

    var rate1: Double { Double(top1) / Double(max(1, answerable)) }
    var rate3: Double { Double(top3) / Double(max(1, answerable)) }

    /// Asks every question; an expected `-` counts as right when the answer says what is missing.
    init(asker: Asker, cases: [QuestionCase]) {
        for question in cases { score(question, asker: asker) }
    }

    private mutating func score(_ question: QuestionCase, asker: Asker) {
        let answer: Answer
        do { answer = try asker.ask(question.text, limit: 3) } catch {
            if question.expected.isEmpty { unanswerable += 1; flagged += 1 } else { answerable += 1 }
            failures.append("\(question.id) refused: \(error)"); return
        }
        let ids = answer.figures.rows.compactMap { $0.first?.stringValue }
        guard !question.expected.isEmpty else {
            unanswerable += 1
            if answer.gaps.isEmpty { failures.append("\(question.id) \(question.text) has no answer, but none is said missing") } else { flagged += 1 }
            return
        }
        answerable += 1
        if let first = ids.first, question.expected.contains(first) { top1 += 1 } else {
            let place = ids.contains(where: question.expected.contains) ? "" : " (not in the top 3)"
            failures.append("\(question.id)\(place) \(question.text) → \(ids.first ?? "nothing"), expected "
                            + "\(question.expected.sorted().joined(separator: "|")) [\(answer.interpretation.summary)]")
        }
        if ids.contains(where: question.expected.contains) { top3 += 1 }
    }

    /// Writes the misses to `$TMPDIR/NAME-misses.txt` and prints the figures.
    func report(_ name: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-misses.txt")
        try failures.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        print("\(name): every miss with what was understood is in \(file.path)")
        print("\(name): \(answerable) answerable questions; top-1 \(top1) (\(percent(rate1))), top-3 \(top3) (\(percent(rate3))); "
              + "\(flagged) of \(unanswerable) without an answer say what is missing")
    }

    private func percent(_ rate: Double) -> String { String(format: "%.1f%%", rate * 100) }
}
