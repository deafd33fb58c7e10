import ArgumentParser
import Foundation
import QueryExecutor
import Questions
import Shell

extension BenchCommand {
    /// The questions of a file, one a line; blank lines and `#` comments skipped.
    static func questionLines(_ path: String) throws -> [String] {
        switch ScriptFile.text(path) {
        case .success(let text?):
            return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        case .success(nil): throw ValidationError("cannot read '\(path)': it is not UTF-8 text")
        case .failure(let failure): throw ValidationError("cannot read '\(path)': \(failure.reason)")
        }
    }

    /// Times the first question alone as `A0` (it builds the asker's index of names and figures), then every
    /// question as a user at the prompt meets it, with the index built: `A1` is the file's first question.
    func timeQuestions(_ questions: [String], engine: QueryEngine) throws -> [QueryTiming] {
        guard let first = questions.first else { return [] }
        let asker = try Asker(engine: engine)
        let start = ContinuousClock.now
        _ = try? asker.ask(first)
        let build = (ContinuousClock.now - start).seconds * 1000
        var timings = [QueryTiming(name: "A0", median: build, min: build, max: build, rows: 0, first: nil)]
        for (number, question) in questions.enumerated() {
            timings.append(try time(name: "A\(number + 1)") { () throws(QuestionError) in try asker.ask(question).figures.rows })
        }
        return timings
    }
}
