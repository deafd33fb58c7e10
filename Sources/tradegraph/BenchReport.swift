import Foundation
import GraphModel
import ResultFormat

/// The timings of one query file: milliseconds over the timed runs, and the answer's size and first cell so
/// that a comparison can check the answer as well as the speed.
struct QueryTiming {
    let name: String
    let median: Double, min: Double, max: Double
    let rows: Int
    /// The first row's first value as plain text (`p-017`, `308`), when there is a row.
    let first: String?

    /// Plain text of a scalar; other values as their Swift description (the bench checks scalars only).
    static func text(_ value: Value) -> String {
        switch value {
        case .string(let text): return text
        case .int(let number): return String(number)
        case .float(let number): return String(number)
        case .bool(let flag): return String(flag)
        case .null: return "null"
        default: return String(describing: value)
        }
    }
}

/// What `tradegraph bench` prints: a table for people, or one JSON document for scripts.
struct BenchReport {
    let loadSeconds: Double
    /// Peak resident memory right after loading, and at the end of the run.
    let loadPeakMiB: Double, peakMiB: Double
    let queries: [QueryTiming]

    var table: String {
        var lines = [String(format: "load %.3f s, peak %.0f MiB after load, %.0f MiB at the end", loadSeconds, loadPeakMiB, peakMiB),
                     "",
                     "query   median ms      min ms      max ms      rows  first"]
        for query in queries {
            lines.append(query.name.padding(toLength: 6, withPad: " ", startingAt: 0)
                + String(format: "%12.3f%12.3f%12.3f%10d  ", query.median, query.min, query.max, query.rows)
                + (query.first ?? ""))
        }
        return lines.joined(separator: "\n")
    }

    /// `{"load_s": …, "peak_mib": …, "load_peak_mib": …, "queries": {"Q1": {"median_ms": …, …}, …}}`.
    var json: String {
        let entries = queries.map { query in
            "\(JSONString.quoted(query.name)): {\"median_ms\": \(Self.number(query.median)), \"min_ms\": \(Self.number(query.min)), "
                + "\"max_ms\": \(Self.number(query.max)), \"rows\": \(query.rows), \"first\": "
                + (query.first.map(JSONString.quoted) ?? "null") + "}"
        }
        return "{\"load_s\": \(Self.number(loadSeconds)), \"peak_mib\": \(Self.number(peakMiB)), "
            + "\"load_peak_mib\": \(Self.number(loadPeakMiB)), \"queries\": {" + entries.joined(separator: ", ") + "}}"
    }

    private static func number(_ value: Double) -> String { String(format: "%.4f", value) }
}
