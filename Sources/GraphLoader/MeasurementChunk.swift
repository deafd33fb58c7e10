import GraphModel
import GraphStore

/// The measurements of one stretch of a file, checked and resolved on a worker thread and kept in the shapes
/// the store's columns take (`BulkColumn`), so that adding them to the graph is a few copies.
struct MeasurementChunk: @unchecked Sendable {
    /// Records read.
    var count = 0
    /// Where reading stopped: the end of the last record, which must be where the next chunk starts.
    var end = 0
    /// Line ends in the stretch, quoted ones included, for the next chunk's line numbers.
    var newlines = 0
    /// Per record, the line it starts on, counted from the chunk's first line (0).
    var recordLines: [Int32] = []

    var ids = TextArena(), evidence = TextArena(), notes = TextArena()
    /// 1-based positions in `WordList.metric`, `.unit`, `.flow`, `.approximation`; 0 where absent.
    var metric: [UInt32] = [], unit: [UInt32] = [], flow: [UInt32] = [], approx: [UInt32] = []
    /// 1-based positions in `periodForms`.
    var periods: [UInt32] = []
    var periodForms: [PeriodForms] = []
    var values: [Double] = []
    /// `Int64.min` where absent.
    var lines: [Int64] = []
    /// The relationships of every record, in order: target, position in `MeasurementLink.all`, and per
    /// record how many.
    var linkTargets: [NodeID] = [], linkTypes: [UInt8] = [], linkCounts: [UInt8] = []

    /// Room for about `records` records.
    mutating func reserve(_ records: Int) {
        for index in [\MeasurementChunk.metric, \.unit, \.flow, \.approx, \.periods] { self[keyPath: index].reserveCapacity(records) }
        recordLines.reserveCapacity(records)
        values.reserveCapacity(records)
        lines.reserveCapacity(records)
        linkCounts.reserveCapacity(records)
        linkTargets.reserveCapacity(records * 4)
        linkTypes.reserveCapacity(records * 4)
        ids.reserve(records, bytes: records * 12)
        evidence.reserve(records, bytes: records * 64)
        notes.reserve(records, bytes: 0)
    }

    /// The property columns of the chunk's measurement nodes.
    func columns(_ keys: MeasurementKeys) -> [(key: PropertyKey, values: BulkColumn)] {
        [(keys.id, .distinctTexts(ids)),
         (keys.metric, .repeatedTexts(codes: metric, texts: WordList.metric.words)),
         (keys.unit, .repeatedTexts(codes: unit, texts: WordList.unit.words)),
         (keys.flow, .repeatedTexts(codes: flow, texts: WordList.flow.words)),
         (keys.approx, .repeatedTexts(codes: approx, texts: WordList.approximation.words)),
         (keys.period, .repeatedTexts(codes: periods, texts: periodForms.map(\.canonical))),
         (keys.start, .repeatedTexts(codes: periods, texts: periodForms.map(\.start))),
         (keys.end, .repeatedTexts(codes: periods, texts: periodForms.map(\.end))),
         (keys.value, .floats(values)),
         (keys.line, .ints(lines)),
         (keys.evidence, .distinctTexts(evidence)),
         (keys.note, .distinctTexts(notes))]
    }

    /// The chunk's relationships, the `row`th measurement being node `first + row`.
    func relationships(startingAt first: NodeID, _ keys: MeasurementKeys) -> RelationshipBlock {
        var block = RelationshipBlock(types: MeasurementLink.all.map { keys.linkType($0.type) })
        block.sources.reserveCapacity(linkTargets.count)
        for (row, links) in linkCounts.enumerated() {
            block.sources.append(contentsOf: repeatElement(NodeID(first.index + Int32(row)), count: Int(links)))
        }
        block.targets = linkTargets
        block.typeIndexes = linkTypes
        return block
    }
}
