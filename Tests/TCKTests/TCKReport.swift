import Foundation

/// The figures of one run of the TCK: per feature file and in total, scenarios that expect a result apart
/// from those that expect an error, and the scenarios left out of scope.
struct TCKReport {
    /// Pass and total counts of one feature file.
    struct Counts {
        var resultPassed = 0, resultTotal = 0, errorPassed = 0, errorTotal = 0, outOfScope = 0

        mutating func add(_ outcome: ScenarioOutcome) {
            switch outcome.kind {
            case .result:
                resultTotal += 1
                resultPassed += outcome.passed ? 1 : 0
            case .error:
                errorTotal += 1
                errorPassed += outcome.passed ? 1 : 0
            }
        }

        static func + (left: Counts, right: Counts) -> Counts {
            Counts(resultPassed: left.resultPassed + right.resultPassed, resultTotal: left.resultTotal + right.resultTotal,
                   errorPassed: left.errorPassed + right.errorPassed, errorTotal: left.errorTotal + right.errorTotal,
                   outOfScope: left.outOfScope + right.outOfScope)
        }
    }

    /// Counts per feature file, by path.
    var files: [(path: String, counts: Counts)] = []
    /// Why each failing scenario failed, by name.
    var failures: [String: String] = [:]
    /// The scenarios that passed.
    var passingNames: Set<String> = []
    /// How many scenarios each rule of `scope.tsv` left out, by the rule's line.
    var exclusions: [(rule: TCKScope.Rule, count: Int)] = []

    /// Runs every in-scope scenario of every feature file under the folder.
    static func run(folder: String, scope: TCKScope) throws -> TCKReport {
        var report = TCKReport()
        var excluded: [Int: Int] = [:]
        let runner = ScenarioRunner(graphsFolder: folder + "/graphs")
        let paths = (FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".feature") }.sorted()
        for path in paths {
            let text = try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
            var counts = Counts()
            for scenario in GherkinParser.scenarios(in: text, file: path) {
                if let rule = scope.exclusion(of: scenario) {
                    excluded[rule.line, default: 0] += 1
                    counts.outOfScope += 1
                    continue
                }
                let outcome = runner.run(scenario)
                counts.add(outcome)
                if let failure = outcome.failure { report.failures[scenario.name] = failure } else { report.passingNames.insert(scenario.name) }
            }
            report.files.append((path, counts))
        }
        report.exclusions = scope.rules.map { ($0, excluded[$0.line] ?? 0) }
        return report
    }

    /// One line per feature file: `clauses/match/Match2.feature  result 8/8  error 0/0  out of scope 0`.
    var table: String {
        let width = files.map(\.path.count).max() ?? 0
        return files.map { path, counts in
            path.padding(toLength: width, withPad: " ", startingAt: 0)
                + "  result \(counts.resultPassed)/\(counts.resultTotal)  error \(counts.errorPassed)/\(counts.errorTotal)"
                + "  out of scope \(counts.outOfScope)"
        }.joined(separator: "\n")
    }

    /// One line per rule of `scope.tsv`: how many scenarios it leaves out, and why.
    var scopeTable: String {
        exclusions.map { "scope.tsv:\($0.rule.line)  \($0.count) scenarios out of scope: \($0.rule.reason)" }.joined(separator: "\n")
    }

    /// The totals, as the README's Conformance section quotes them.
    var totals: String {
        let sum = files.map(\.counts).reduce(Counts(), +)
        func share(_ passed: Int, _ total: Int) -> String {
            total == 0 ? "-" : String(format: "%.1f%%", 100 * Double(passed) / Double(total))
        }
        return "TCK: scenarios expecting a result \(sum.resultPassed)/\(sum.resultTotal) (\(share(sum.resultPassed, sum.resultTotal))), "
            + "expecting an error \(sum.errorPassed)/\(sum.errorTotal) (\(share(sum.errorPassed, sum.errorTotal))), "
            + "out of scope \(sum.outOfScope)"
    }

    /// Every failing scenario with its reason, for reading by hand.
    var failureList: String {
        failures.keys.sorted().map { "\($0)\t\(failures[$0] ?? "")" }.joined(separator: "\n")
    }
}
