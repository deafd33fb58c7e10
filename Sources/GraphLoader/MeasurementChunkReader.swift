import GraphModel

/// Reads the measurement records of one stretch of a file into a `MeasurementChunk`, on a worker thread.
///
/// It takes only records in their plain form and declines (returns `nil`) at the first one the
/// record-by-record loader would report or read in any other way — an unknown word or id, a bad number or
/// period, a stray quote or carriage return, a wrong field count, invalid UTF-8. The caller then reads the whole
/// file record by record, which names every problem with its line and column; so this reader needs no error
/// messages, and whatever it accepts, it stores exactly as that loader would.
struct MeasurementChunkReader {
    /// What a header column fills.
    enum Field {
        case id, metric, flow, period, value, unit, approx, line, evidence, note
        /// A relationship: the position in `MeasurementLink.all`.
        case link(Int)
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private let fields: [Field]
    private let entities: EntityIDTable
    private let china: NodeID?
    private let linkMasks: [UInt16]
    /// Whether the header has these optional text columns (a record without them stores no text).
    private let hasEvidence: Bool, hasNote: Bool

    /// The next byte to read.
    var position: Int
    /// Line ends passed so far.
    var newlines = 0
    private var chunk = MeasurementChunk()
    /// Periods met so far, by their text: a million records name a few hundred.
    var knownPeriods: [ShortKey: UInt32] = [:]
    var periodForms: [PeriodForms] = []
    /// The content of the last quoted field, its `""` undoubled.
    var quoted: [UInt8] = []
    /// The node each link column of the record being read names.
    private var links: [NodeID?]

    /// A reader of `bytes` from `start`, a record's first byte, for a table with these header columns.
    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, header: [String], entities: EntityIDTable, china: NodeID?) {
        self.bytes = bytes
        self.fields = header.map(Self.field)
        hasEvidence = header.contains("evidence")
        hasNote = header.contains("note")
        self.entities = entities
        self.china = china
        linkMasks = MeasurementLink.all.map { EntityIDTable.mask($0.labels) }
        links = Array(repeating: nil, count: MeasurementLink.all.count)
        position = start
    }

    /// Reads every record that starts before `end`; `nil` when one is not plain.
    mutating func read(to end: Int) -> MeasurementChunk? {
        chunk.reserve(estimatedRecords(before: end))
        while position < end {
            if skipLineEnd() { continue }
            guard readRecord() else { return nil }
        }
        chunk.end = position
        chunk.newlines = newlines
        chunk.periodForms = periodForms
        return chunk
    }

    /// How many records the stretch holds, judged by its first 64 KiB and rounded up, so that the chunk's
    /// arrays grow at most once or twice: room reserved but never written costs no memory.
    private func estimatedRecords(before end: Int) -> Int {
        let sample = bytes[position..<min(end, position + 1 << 16)]
        let lineEnds = sample.count { $0 == UInt8(ascii: "\n") }
        guard !sample.isEmpty else { return 0 }
        return (lineEnds + 1) * (end - position) / sample.count * 9 / 8 + 16
    }

    private static func field(_ column: String) -> Field {
        switch column {
        case "id": return .id
        case "metric": return .metric
        case "flow": return .flow
        case "period": return .period
        case "value": return .value
        case "unit": return .unit
        case "approx": return .approx
        case "line": return .line
        case "evidence": return .evidence
        case "note": return .note
        default:
            guard let link = MeasurementLink.all.firstIndex(where: { $0.column == column }) else {
                preconditionFailure("a header checked against TableKind.measurements has no column \(column)")
            }
            return .link(link)
        }
    }

    private mutating func readRecord() -> Bool {
        chunk.recordLines.append(Int32(newlines))
        var row = RowValues()
        for (index, field) in fields.enumerated() {
            guard readField({ reader, text in reader.store(text, as: field, in: &row) }) else { return false }
            let ends = index == fields.count - 1
            guard ends ? (position == bytes.count || skipLineEnd()) : consume(UInt8(ascii: ",")) else { return false }
        }
        return finish(row)
    }

    /// The values of the record being read, until it is known to be plain.
    private struct RowValues {
        var metric: UInt32 = 0, unit: UInt32 = 0, flow: UInt32 = 0, approx: UInt32 = 0, period: UInt32 = 0
        var value: Double?
        var line: Int64?
        var hasID = false
    }

    private mutating func store(_ text: UnsafeBufferPointer<UInt8>, as field: Field, in row: inout RowValues) -> Bool {
        switch field {
        case .id:
            guard FieldSyntax.isSlug(text) else { return false }
            chunk.ids.append(text)
            row.hasID = true
        case .metric: row.metric = WordList.metric.code(of: text) ?? 0
        case .unit: row.unit = WordList.unit.code(of: text) ?? 0
        case .flow:
            guard let code = text.isEmpty ? 0 : WordList.flow.code(of: text) else { return false }
            row.flow = code
        case .approx:
            guard let code = Self.approximation(text) else { return false }
            row.approx = code
        case .period: row.period = period(text) ?? 0
        case .value:
            guard FieldSyntax.isPlainDecimal(text) else { return false }
            row.value = Double(String(decoding: text, as: UTF8.self))
        case .line:
            guard let line = Self.lineNumber(text) else { return false }
            row.line = line
        case .evidence:
            guard let accepted = Self.evidence(text) else { return false }
            accepted ? chunk.evidence.append(text) : chunk.evidence.appendAbsent()
        case .note:
            guard FieldSyntax.isValidUTF8(text) else { return false }
            text.isEmpty ? chunk.notes.appendAbsent() : chunk.notes.append(text)
        case .link(let position):
            guard !text.isEmpty else { return true }
            guard let node = entities.node(text, labelledIn: linkMasks[position]) else { return false }
            links[position] = node
        }
        return true
    }

    /// Completes a record whose fields were all plain: checks that the required ones were there and adds it.
    private mutating func finish(_ row: RowValues) -> Bool {
        guard row.hasID, row.metric != 0, row.unit != 0, row.period != 0, let value = row.value else { return false }
        var count = 0
        if links[MeasurementLink.reporter] == nil {
            guard let china else { return false }
            chunk.linkTargets.append(china)
            chunk.linkTypes.append(UInt8(MeasurementLink.reporter))
            count += 1
        }
        for position in links.indices {
            guard let node = links[position] else { continue }
            chunk.linkTargets.append(node)
            chunk.linkTypes.append(UInt8(position))
            count += 1
            links[position] = nil
        }
        chunk.linkCounts.append(UInt8(count))
        chunk.metric.append(row.metric)
        chunk.unit.append(row.unit)
        chunk.flow.append(row.flow)
        chunk.approx.append(row.approx)
        chunk.periods.append(row.period)
        chunk.values.append(value)
        chunk.lines.append(row.line ?? .min)
        if !hasEvidence { chunk.evidence.appendAbsent() }
        if !hasNote { chunk.notes.appendAbsent() }
        chunk.count += 1
        return true
    }
}
