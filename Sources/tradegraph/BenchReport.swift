import Foundation
import GraphModel
import GraphStore
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

/// What `tradegraph bench` prints: a table for people, or one JSON document for scripts. Besides the timings,
/// the peak memory per measurement and what each part of the store takes (measured at the end, with the
/// indexes the queries built), so that a change in footprint shows where it comes from.
struct BenchReport {
    let loadSeconds: Double
    /// Whether the graph came from its snapshot (`--no-cache` times the CSV load).
    let fromSnapshot: Bool
    /// Peak resident memory right after loading, and at the end of the run.
    let loadPeakMiB: Double, peakMiB: Double
    /// `:Measurement` nodes, for the bytes per measurement.
    let measurements: Int
    let footprint: StoreFootprint
    let queries: [QueryTiming]

    /// Peak bytes per measurement, 0 without measurements.
    private var peakBytesPerMeasurement: Double { measurements == 0 ? 0 : peakMiB * 1_048_576 / Double(measurements) }

    var table: String {
        var lines = [String(format: "load %.3f s from %@, peak %.0f MiB after load, %.0f MiB at the end (%.0f bytes per measurement)",
                            loadSeconds, fromSnapshot ? "snapshot" : "CSV", loadPeakMiB, peakMiB, peakBytesPerMeasurement),
                     "store " + footprint.parts.map { String(format: "%@ %.0f MiB", $0.name, Double($0.bytes) / 1_048_576) }
                        .joined(separator: ", ") + String(format: "; total %.0f MiB", Double(footprint.total) / 1_048_576),
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
        let parts = footprint.parts.map { "\(JSONString.quoted($0.name)): \($0.bytes)" } + ["\"total\": \(footprint.total)"]
        return "{\"load_s\": \(Self.number(loadSeconds)), \"from_snapshot\": \(fromSnapshot), \"peak_mib\": \(Self.number(peakMiB)), "
            + "\"load_peak_mib\": \(Self.number(loadPeakMiB)), \"measurements\": \(measurements), "
            + "\"peak_bytes_per_measurement\": \(Self.number(peakBytesPerMeasurement)), "
            + "\"footprint_bytes\": {" + parts.joined(separator: ", ") + "}, "
            + "\"queries\": {" + entries.joined(separator: ", ") + "}}"
    }

    private static func number(_ value: Double) -> String { String(format: "%.4f", value) }
}
