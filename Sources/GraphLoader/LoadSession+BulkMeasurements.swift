import Foundation
import GraphModel
import GraphStore

/// The fast way in for measurements: the file split at line ends into one stretch per core, each read by a
/// `MeasurementChunkReader` on its own thread; then, on two threads at once, the ids registered and the
/// chunks appended to the store as blocks. Any record that is not plain makes it decline before the store is
/// touched, and the file is read record by record instead, so problems are reported exactly as before.
extension LoadSession {
    /// Below this size a file is read in one stretch, on this thread.
    private static let bytesPerThread = 1 << 20

    /// The records after the header, read and checked; `nil` when one is not plain.
    func readMeasurementsInBulk(_ bytes: [UInt8], after header: CSVReader, header columns: [String]) -> [MeasurementChunk]? {
        let china = ids["china"].flatMap { $0.label == "Economy" ? $0.node : nil }
        return Self.readChunks(bytes, from: header.position, header: columns, entities: EntityIDTable(ids), china: china)
    }

    /// Registers the chunks' ids and appends their measurements to the store, at once on two threads; false
    /// when an id was taken already (by an entity, a source, an earlier measurement or another record).
    ///
    /// The store then holds measurements that must not be seen, and they are not: the record-by-record reader
    /// that reads the file next reports the taken id, and a graph with an error is never returned.
    func storeInBulk(_ chunks: consuming [MeasurementChunk], file: String, firstLine: Int) -> Bool {
        let idBlocks = chunks.map { IDBlock(ids: $0.ids, recordLines: $0.recordLines, newlines: $0.newlines) }
        let (session, pending, registered) = (Shared(self), Shared(chunks), Shared(false))
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                registered.value = session.value.registerIDs(of: idBlocks, firstLine: firstLine)
            } else {
                session.value.append(&pending.value, file: file, line: firstLine - 1)
            }
        }
        return registered.value
    }

    /// Adds the chunks' measurements to the store, each chunk's memory going as the store takes it over, column
    /// by column.
    private func append(_ chunks: inout [MeasurementChunk], file: String, line: Int) {
        let keys = measurementKeys
        do {
            let texts = [(keys.id, \MeasurementChunk.ids), (keys.evidence, \.evidence), (keys.note, \.notes)].map { key, texts in
                (key: key, bytes: chunks.reduce(0) { $0 + $1[keyPath: texts].byteCount })
            }
            try store.reserveCapacity(nodes: chunks.reduce(0) { $0 + $1.count }, labeled: "Measurement",
                                      relationships: chunks.reduce(0) { $0 + $1.linkTargets.count }, texts: texts)
            for index in chunks.indices {
                var chunk = chunks[index]
                chunks[index] = MeasurementChunk()
                let (count, columns) = (chunk.count, chunk.columns(keys))
                let relationships = chunk.relationships(startingAt: NodeID(Int32(store.nodeCapacity)), keys)
                chunk = MeasurementChunk()
                _ = try store.appendNodes(count: count, label: "Measurement", columns: consume columns)
                try store.appendRelationships(relationships)
            }
        } catch {
            self.error(file, line, 1, error.description)
        }
    }

    /// Every chunk read, each on its own thread, or `nil` when any declined or a split point turned out not to
    /// be a record's start (a line end inside a quoted field).
    private static func readChunks(_ bytes: [UInt8], from start: Int, header: [String], entities: EntityIDTable,
                                   china: NodeID?) -> [MeasurementChunk]? {
        let threads = max(1, min(ProcessInfo.processInfo.activeProcessorCount, (bytes.count - start) / bytesPerThread))
        let starts = splitPoints(bytes, from: start, parts: threads)
        var chunks = [MeasurementChunk?](repeating: nil, count: starts.count)
        bytes.withUnsafeBufferPointer { buffer in
            chunks.withUnsafeMutableBufferPointer { results in
                let (input, output) = (Shared(buffer), Shared(results))
                DispatchQueue.concurrentPerform(iterations: starts.count) { part in
                    let end = part + 1 < starts.count ? starts[part + 1] : input.value.count
                    var reader = MeasurementChunkReader(input.value, from: starts[part], header: header, entities: entities, china: china)
                    output.value[part] = reader.read(to: end)
                }
            }
        }
        let read = chunks.compactMap { $0 }
        guard read.count == starts.count else { return nil }
        for (part, chunk) in read.enumerated() where chunk.end != (part + 1 < starts.count ? starts[part + 1] : bytes.count) {
            return nil
        }
        return read
    }

    /// Where each part starts: `start`, then the byte after the first line end past each even share.
    private static func splitPoints(_ bytes: [UInt8], from start: Int, parts: Int) -> [Int] {
        var points = [start]
        for part in 1..<max(parts, 1) {
            var point = max(start + (bytes.count - start) * part / parts, points.last!)
            while point < bytes.count && bytes[point] != UInt8(ascii: "\n") { point += 1 }
            if point + 1 < bytes.count { points.append(point + 1) }
        }
        return points
    }

    /// The ids of a chunk and the lines its records start on.
    private struct IDBlock {
        let ids: TextArena
        let recordLines: [Int32]
        let newlines: Int
    }

    /// Adds the blocks' ids to the session's, or adds none and returns false when one is taken.
    private func registerIDs(of blocks: [IDBlock], firstLine: Int) -> Bool {
        let entities = EntityIDTable(ids)
        let known = measurementIDs.count
        measurementIDs.reserve(known + blocks.reduce(0) { $0 + $1.ids.count })
        let fileIndex = Int32(filePaths.count - 1)
        var line = firstLine
        for block in blocks {
            for row in 0..<block.ids.count {
                let added = block.ids.withText(at: row) { id in !entities.contains(id) && measurementIDs.insert(id).inserted }
                guard added else {
                    measurementIDs.truncate(to: known)
                    measurementOrigins.removeSubrange(known...)
                    return false
                }
                measurementOrigins.append(MeasurementOrigin(file: fileIndex, line: Int32(line) + block.recordLines[row]))
            }
            line += block.newlines
        }
        return true
    }
}

/// A value handed to worker threads, each of which uses it alone: the file's bytes, which they only read; a
/// results buffer, which each writes at its own position; or one side of the two-thread store step.
final class Shared<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
