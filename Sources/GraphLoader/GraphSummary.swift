import Foundation
import GraphModel
import GraphStore

/// What `tradegraph check` prints: counts per label, relationship type, metric, unit and period, so a curator
/// sees at a glance what a folder holds and spots a stray unit or period.
public struct GraphSummary: CustomStringConvertible {
    /// Node counts per label.
    public let labels: [(name: String, count: Int)]
    /// Relationship counts per type.
    public let relationshipTypes: [(name: String, count: Int)]
    /// Measurement counts per metric, unit and period.
    public let metrics, units, periods: [(name: String, count: Int)]

    /// Counts the store's contents.
    public init(_ store: GraphStore) {
        labels = store.labelCounts
        relationshipTypes = store.relationshipTypeCounts
        var metrics: [String: Int] = [:], units: [String: Int] = [:], periods: [String: Int] = [:]
        for node in store.nodes(labeled: "Measurement") {
            if let metric = store.property("metric", of: node).stringValue { metrics[metric, default: 0] += 1 }
            if let unit = store.property("unit", of: node).stringValue { units[unit, default: 0] += 1 }
            if let period = store.property("period", of: node).stringValue { periods[period, default: 0] += 1 }
        }
        self.metrics = metrics.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        self.units = units.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        self.periods = periods.map { ($0.key, $0.value) }.sorted { Self.periodOrder($0.name, $1.name) }
    }

    /// Sections of `name  count` lines.
    public var description: String {
        [("Labels", labels), ("Relationship types", relationshipTypes), ("Metrics", metrics), ("Units", units),
         ("Periods", periods)].map { title, rows in
            let width = rows.map(\.name.count).max() ?? 0
            let lines = rows.map { "  " + $0.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  \($0.count)" }
            return ([title + " (\(rows.count))"] + lines).joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    private static func periodOrder(_ a: String, _ b: String) -> Bool {
        switch (try? Period(parsing: a), try? Period(parsing: b)) {
        case let (x?, y?) where x != y: return x < y
        default: return a < b
        }
    }
}
