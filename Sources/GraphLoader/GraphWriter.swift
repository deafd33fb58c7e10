import Foundation
import GraphModel
import GraphStore

/// Writes a store back as a graph folder — `sources.csv`, `entities.csv`, `relations.csv`, `measurements.csv`
/// in the contract's format — so that changes made at the prompt can be kept (`:save`), and loading the
/// folder gives the same graph again.
///
/// What fits no table is not written, and every such omission is listed rather than dropped in silence: a
/// node whose labels are not exactly one entity label, `:Source` or `:Measurement`; a property no column
/// holds; a relationship to or from a measurement other than its one-per-type dimension links. The writer
/// only serialises; replacing an existing folder safely is the caller's job.
public struct GraphWriter {
    /// The CSV text of the four tables, by file name, in the order they are read back, with their row counts.
    public let files: [(name: String, text: String, rows: Int)]
    /// What was not written, one sentence each.
    public let omissions: [String]

    /// Serialises a store.
    public init(_ store: GraphStore) {
        var tables = Tables(store: store)
        tables.collect()
        files = TableKind.allCases.map { kind in
            let rows = tables.rows[kind] ?? []
            return (kind.rawValue + ".csv", Self.csv(columns: kind.columns, rows: rows), rows.count)
        }
        omissions = tables.omissions
    }

    /// Writes the four files into `folder`, which must exist, each flushed to disk before this returns.
    /// - Throws: `WriteError` naming the file that could not be written and why.
    public func write(into folder: String) throws(WriteError) {
        for (name, text, _) in files {
            try Self.writeFile(Array(text.utf8), to: URL(fileURLWithPath: folder).appendingPathComponent(name).path)
        }
    }

    /// Writes one table — `columns` as its header, `rows` by column name — as `name` in `folder`, as `write(into:)`
    /// writes a store's: for drafts (`tradegraph extract`) whose rows are not in a store.
    public static func write(table name: String, columns: [String], rows: [[String: String]],
                             into folder: String) throws(WriteError) {
        let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
        try writeFile(Array(csv(columns: columns, rows: rows).utf8), to: path)
    }

    /// The columns a table of the contract has, in the order the writer puts them (`measurements`, ...).
    public static func columns(ofTable kind: String) -> [String] {
        TableKind(rawValue: kind)?.columns ?? []
    }

    /// A file that could not be written.
    public struct WriteError: Error, Equatable, Sendable, CustomStringConvertible {
        /// The file.
        public let path: String
        /// The system's reason (`No space left on device`).
        public let reason: String

        /// The error for a failed system call on `path`.
        public init(path: String, errno code: Int32) {
            self.path = path
            reason = String(cString: strerror(code))
        }

        /// `cannot write 'path': reason`.
        public var description: String { "cannot write '\(path)': \(reason)" }
    }

    /// Creates or truncates the file, writes all bytes, and flushes them to disk.
    private static func writeFile(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw WriteError(path: path, errno: errno) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            guard written >= 0 || errno == EINTR else {
                let code = errno
                close(descriptor)
                throw WriteError(path: path, errno: code)
            }
            offset += max(0, written)
        }
        guard fsync(descriptor) == 0 else {
            let code = errno
            close(descriptor)
            throw WriteError(path: path, errno: code)
        }
        guard close(descriptor) == 0 else { throw WriteError(path: path, errno: errno) }
    }

    /// A plain decimal, as the loader requires (`45470000000000`, `3.8`, `-0.05`): no exponent, no trailing
    /// `.0`, and exactly the digits Swift's shortest round-trip form gives. `nil` for NaN and infinities.
    public static func plainDecimal(_ number: Double) -> String? {
        guard number.isFinite else { return nil }
        let shortest = "\(abs(number))"
        let parts = shortest.split(separator: "e")
        var digits = parts[0].replacingOccurrences(of: ".", with: "")
        var point = parts[0].firstIndex(of: ".").map { parts[0].distance(from: parts[0].startIndex, to: $0) }
            ?? parts[0].count
        point += parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        if point <= 0 { digits = String(repeating: "0", count: 1 - point) + digits; point = 1 }
        if point > digits.count { digits += String(repeating: "0", count: point - digits.count) }
        var whole = String(digits.prefix(point)), fraction = String(digits.dropFirst(point))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        while whole.count > 1 && whole.hasPrefix("0") { whole.removeFirst() }
        let text = fraction.isEmpty ? whole : whole + "." + fraction
        return number < 0 && text != "0" ? "-" + text : text
    }

    /// One RFC 4180 field: quoted when it holds a comma, a quote or a line break, with quotes doubled.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func csv(columns: [String], rows: [[String: String]]) -> String {
        let lines = [columns.joined(separator: ",")] + rows.map { row in
            columns.map { field(row[$0] ?? "") }.joined(separator: ",")
        }
        return lines.map { $0 + "\n" }.joined()
    }
}

/// POSIX `write`, which `GraphWriter.write(into:)` would otherwise hide.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}

/// The rows of each table, gathered from the store, and what does not fit.
private struct Tables {
    let store: GraphStore
    var rows: [TableKind: [[String: String]]] = [:]
    var omissions: [String] = []
    /// The nodes written, with the table they went to.
    var saved: [NodeID: TableKind] = [:]

    init(store: GraphStore) { self.store = store }

    mutating func collect() {
        for node in store.nodes { classify(node) }
        for node in store.nodes where saved[node] != nil { addRow(for: node) }
        for relationship in store.relationships { addRelation(relationship) }
    }

    private mutating func classify(_ node: NodeID) {
        let labels = store.labels(of: node)
        let only = labels.count == 1 ? labels[0] : ""
        let kind: TableKind? = only == "Source" ? .sources : only == "Measurement" ? .measurements
            : EntityLabel.all.contains(only) ? .entities : nil
        guard let kind, store.property("id", of: node).stringValue != nil else {
            let reason = kind == nil ? "fits no table (only nodes with one entity label, :Source or :Measurement are saved)"
                : "has no id"
            let attached = store.degree(of: node, direction: .either)
            omissions.append("node \(describe(node)) \(reason)" + (attached > 0 ? ", nor its \(attached) relationship(s)" : ""))
            return
        }
        saved[node] = kind
    }

    private mutating func addRow(for node: NodeID) {
        guard let kind = saved[node] else { return }
        var row: [String: String] = [:]
        let derived: Set<String> = kind == .measurements ? ["start", "end"] : []
        for (key, value) in store.properties(of: node) where !derived.contains(key) {
            guard let column = columnKey(key, kind: kind), let text = text(of: value, column: column) else {
                omissions.append("property '\(key)' of \(describe(node))")
                continue
            }
            row[column] = text
        }
        if kind == .entities { row["label"] = store.labels(of: node).first }
        if kind == .measurements { addLinks(of: node, to: &row) }
        rows[kind, default: []].append(row)
    }

    /// Measurement links become columns: the reporter (empty for `china`), dimensions, source and speaker.
    private mutating func addLinks(of node: NodeID, to row: inout [String: String]) {
        let columns = ["REPORTER": "reporter", "SOURCE": "source", "SPOKEN_BY": "speaker"]
            .merging(Dimension.allCases.map { ($0.relationshipType, $0.rawValue) }) { first, _ in first }
        for relationship in store.relationships(of: node, direction: .outgoing) {
            let target = store.target(of: relationship)
            guard let column = columns[store.type(of: relationship)], row[column] == nil, saved[target] != nil,
                  let id = store.property("id", of: target).stringValue else {
                omissions.append("relationship \(describe(relationship))")
                continue
            }
            row[column] = column == "reporter" && id == "china" ? "" : id
        }
        if store.relationships(of: node, direction: .outgoing, types: ["REPORTER"]).isEmpty {
            omissions.append("the missing REPORTER of \(describe(node)): it reads back as reported by china")
        }
    }

    private mutating func addRelation(_ relationship: RelationshipID) {
        let source = store.source(of: relationship), target = store.target(of: relationship)
        guard let from = saved[source], let to = saved[target] else { return }
        guard from != .measurements else { return }
        guard to != .measurements, let fromID = store.property("id", of: source).stringValue,
              let toID = store.property("id", of: target).stringValue else {
            omissions.append("relationship \(describe(relationship))")
            return
        }
        var row = ["from": fromID, "type": store.type(of: relationship), "to": toID]
        for (key, value) in store.properties(of: relationship) {
            guard TableKind.relations.columns.contains(key), !["from", "type", "to"].contains(key),
                  let text = value.stringValue else {
                omissions.append("property '\(key)' of relationship \(describe(relationship))")
                continue
            }
            row[key] = text
        }
        rows[.relations, default: []].append(row)
    }

    /// The column a property goes to; `aliases` and the rest map to themselves, `label` is never a property.
    private func columnKey(_ key: String, kind: TableKind) -> String? {
        let linkColumns = kind == .measurements ? ["reporter", "source", "speaker"] + Dimension.allCases.map(\.rawValue) : []
        guard kind.columns.contains(key), key != "label", !linkColumns.contains(key) else { return nil }
        return key
    }

    /// A property's text in its column, or `nil` when the column cannot hold the value.
    private func text(of value: Value, column: String) -> String? {
        switch (column, value) {
        case ("value", _): return value.numericValue.flatMap(GraphWriter.plainDecimal)
        case ("line", .int(let number)): return String(number)
        case ("aliases", .list(let items)):
            let names = items.compactMap(\.stringValue)
            return names.count == items.count && !names.contains(where: { $0.contains("|") }) ? names.joined(separator: "|") : nil
        case (_, .string(let text)): return text
        default: return nil
        }
    }

    private func describe(_ node: NodeID) -> String {
        let labels = store.labels(of: node).map { ":" + $0 }.joined()
        let id = store.property("id", of: node).stringValue.map { " '\($0)'" } ?? " #\(node)"
        return "(\(labels.isEmpty ? "no label" : labels))\(id)"
    }

    private func describe(_ relationship: RelationshipID) -> String {
        "\(describe(store.source(of: relationship)))-[:\(store.type(of: relationship))]->\(describe(store.target(of: relationship)))"
    }
}
