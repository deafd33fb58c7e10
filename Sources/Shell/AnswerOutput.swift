import Foundation
import QueryExecutor
import Questions
import ResultFormat

/// Writes an answer in the session's format: at a table, a card per figure for a person; in JSON, one
/// document with the figures' columns and rows plus `interpretation`, `cypher` and `gaps`; in the other
/// formats the figures as rows, with the interpretation and the statement on standard error.
struct AnswerOutput {
    let answer: Answer
    let session: ShellSession

    func write() throws(ShellError) {
        switch session.format {
        case .table: try session.emit(card())
        case .json: try session.emit(json())
        default:
            session.console.standardError("understood: \(answer.interpretation.summary)\n")
            for gap in answer.gaps { session.console.standardError("note: \(gap)\n") }
            try session.show(answer.figures)
            session.console.standardError(answer.cypher + "\n")
        }
    }

    /// `understood: ...`, the numbered figures with source, speaker and evidence, then the statement.
    func card() -> String {
        let palette = session.outputPalette
        var lines = [palette.bold("understood: ") + answer.interpretation.summary]
        lines += answer.gaps.map { palette.yellow("note: ") + $0 }
        let columns = Dictionary(uniqueKeysWithValues: answer.figures.columns.enumerated().map { ($1, $0) })
        for (number, row) in answer.figures.rows.enumerated() {
            func text(_ column: String) -> String? {
                columns[column].flatMap { row[$0].stringValue ?? row[$0].numericValue.map { String(Int($0)) } }
            }
            lines.append("")
            lines.append("\(number + 1). " + (text("statement") ?? text("id") ?? ""))
            let cited = [text("source").map { "\($0):\(text("line") ?? "?")" }, text("speaker")].compactMap { $0 }
            lines.append("   " + (cited + ["[\(text("id") ?? "")]"]).joined(separator: " · "))
            if let evidence = text("evidence") { lines.append("   “\(evidence)”") }
            if let note = text("note"), !note.isEmpty { lines.append("   note: \(note)") }
        }
        if answer.figures.rows.isEmpty { lines.append("no figure found") }
        lines += ["", palette.bold("openCypher:")] + answer.cypher.split(separator: "\n").map { "  " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The contract's JSON document with the answer's own keys added.
    func json() -> String {
        var document = ResultRenderer.render(answer.figures, format: .json, store: session.store)
        if document.last == "\n" { document.removeLast() }
        if document.last == "}" { document.removeLast() }
        let gaps = answer.gaps.map(JSONString.quoted).joined(separator: ", ")
        return document + ", \"question\": \(JSONString.quoted(answer.question))"
            + ", \"interpretation\": \(JSONString.quoted(answer.interpretation.summary))"
            + ", \"cypher\": \(JSONString.quoted(answer.cypher)), \"gaps\": [\(gaps)]}\n"
    }
}
