import ArgumentParser
import Foundation
import GraphModel
import QueryExecutor
import Shell
import GraphStore

/// `tradegraph bench`: load a graph folder, then time each query file of a folder in-process (execute and
/// fetch every row), so that a claim of "faster" rests on numbers a user can reproduce. `Benchmarks/compare.py`
/// runs the same suite on other engines side by side.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time loading a graph folder and running each query file of a folder (median, min, max in ms).")

    @OptionGroup var graph: GraphOptions

    @Option(help: ArgumentHelp("A folder of .cypher files, one query each, named Q1.cypher ...", valueName: "dir"))
    var queries: String?

    @Option(help: ArgumentHelp("A file of plain-words questions, one a line, timed as 'tradegraph ask' answers them.",
                               valueName: "file"))
    var questions: String?

    @Option(help: "Timed runs per query, after the warm-ups.")
    var runs = 20

    @Option(help: "Untimed runs per query before the timed ones.")
    var warmups = 3

    @OptionGroup var formatting: FormatOption

    /// `table` unless `--format` says otherwise.
    private var format: String { formatting.format ?? "table" }

    func validate() throws {
        guard runs > 0, warmups >= 0 else { throw ValidationError("--runs must be at least 1 and --warmups at least 0") }
        guard ["table", "json"].contains(format) else { throw ValidationError("--format must be table or json") }
        guard queries != nil || questions != nil else { throw ValidationError("give --queries DIR, --questions FILE or both") }
    }

    func run() throws {
        let files = try queries.map(queryFiles) ?? []
        let questionList = try questions.map(Self.questionLines) ?? []
        let loadStart = ContinuousClock.now
        let loaded = try graph.loadGraph()
        let store = loaded.store
        let loadSeconds = (ContinuousClock.now - loadStart).seconds
        let loadPeak = Self.peakMiB()
        let engine = QueryEngine(store: store)
        var timings: [QueryTiming] = []
        for (name, text) in files {
            do { timings.append(try time(name: name, text: text, engine: engine)) } catch {
                FileHandle.standardError.write(Data("\(name): \(error)\n".utf8))
                throw ExitStatus.statementFailed
            }
        }
        timings += try timeQuestions(questionList, engine: engine)
        let report = BenchReport(loadSeconds: loadSeconds, fromSnapshot: loaded.fromSnapshot, loadPeakMiB: loadPeak, peakMiB: Self.peakMiB(),
                                 measurements: store.count(labeled: "Measurement"), footprint: store.footprint, queries: timings)
        print(format == "json" ? report.json : report.table)
    }

    /// The `.cypher` files of the queries folder by name without extension, in name order.
    private func queryFiles(_ queries: String) throws -> [(name: String, text: String)] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: queries) else {
            throw ValidationError("cannot list the queries folder '\(queries)'")
        }
        return try names.filter { $0.hasSuffix(".cypher") }.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
            .map { name in
                let path = URL(fileURLWithPath: queries).appendingPathComponent(name).path
                // Read as scripts are: `String(contentsOfFile:)` leaks a buffer for an empty file (see ScriptFile).
                switch ScriptFile.text(path) {
                case .success(let text?): return (String(name.dropLast(".cypher".count)), text)
                case .success(nil): throw ValidationError("cannot read '\(path)': it is not UTF-8 text")
                case .failure(let failure): throw ValidationError("cannot read '\(path)': \(failure.reason)")
                }
            }
    }

    private func time(name: String, text: String, engine: QueryEngine) throws(StatementError) -> QueryTiming {
        try time(name: name) { () throws(StatementError) in try engine.run(text).rows }
    }

    /// Median, minimum and maximum of `runs` timed calls of `body` after `warmups` untimed ones.
    func time<Failure: Error>(name: String, _ body: () throws(Failure) -> [[Value]]) throws(Failure) -> QueryTiming {
        for _ in 0..<warmups { _ = try body() }
        var samples: [Double] = []
        var rows: [[Value]] = []
        for _ in 0..<runs {
            let start = ContinuousClock.now
            rows = try body()
            samples.append((ContinuousClock.now - start).seconds * 1000)
        }
        samples.sort()
        let median = samples.count % 2 == 1 ? samples[samples.count / 2]
            : (samples[samples.count / 2 - 1] + samples[samples.count / 2]) / 2
        return QueryTiming(name: name, median: median, min: samples[0], max: samples[samples.count - 1],
                           rows: rows.count, first: rows.first?.first.map(QueryTiming.text))
    }

    /// The process's peak resident memory so far, in MiB (`ru_maxrss` is in KiB on Linux).
    private static func peakMiB() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

extension Duration {
    /// The duration in seconds, as a double.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}
