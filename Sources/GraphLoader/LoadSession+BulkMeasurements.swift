import Foundation
import GraphModel
import GraphStore

/// The fast way in for measurements: the file split at line ends into one stretch per core, each read by a
/// `MeasurementChunkReader` on its own thread, then ids checked and the chunks appended to the store as
/// blocks. Any record that is not plain makes it decline before the store is touched, and the file is read
/// record by record instead, so problems are reported exactly as before.
extension LoadSession {
    /// Below this size a file is read in one stretch, on this thread.
    private static let bytesPerThread = 1 << 20

    /// The records after the header, read and checked, with their ids registered; `nil` (with nothing
    /// changed) when the file must be read record by record.
    func readMeasurementsInBulk(_ bytes: [UInt8], after header: CSVReader, header columns: [String]) -> [MeasurementChunk]? {
        let entities = EntityIDTable(ids)
        let china = ids["china"].flatMap { $0.label == "Economy" ? $0.node : nil }
        guard let chunks = Self.readChunks(bytes, from: header.position, header: columns, entities: entities, china: china),
              registerIDs(of: chunks, entities: entities, firstLine: header.line) else { return nil }
        return chunks
    }

    /// Adds the chunks' measurements to the store, each chunk's memory going as the store takes it over.
    func append(_ chunks: consuming [MeasurementChunk], file: String, line: Int) {
        let keys = measurementKeys
        for index in chunks.indices {
            let chunk = chunks[index]
            chunks[index] = MeasurementChunk()
            do {
                let first = try store.appendNodes(count: chunk.count, label: "Measurement", columns: chunk.columns(keys))
                try store.appendRelationships(chunk.relationships(startingAt: first, keys))
            } catch {
                self.error(file, line, 1, error.description)
            }
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
                let (input, output) = (SharedPointer(buffer), SharedPointer(results))
                DispatchQueue.concurrentPerform(iterations: starts.count) { part in
                    let end = part + 1 < starts.count ? starts[part + 1] : input.pointer.count
                    var reader = MeasurementChunkReader(input.pointer, from: starts[part], header: header, entities: entities, china: china)
                    output.pointer[part] = reader.read(to: end)
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

    /// Adds the chunks' ids to the session's, or adds none and returns false when one is taken: by an entity,
    /// a source, an earlier measurement or another record of this file.
    private func registerIDs(of chunks: [MeasurementChunk], entities: EntityIDTable, firstLine: Int) -> Bool {
        let known = measurementIDs.count
        measurementIDs.reserve(known + chunks.reduce(0) { $0 + $1.count })
        let fileIndex = Int32(filePaths.count - 1)
        var line = firstLine
        for chunk in chunks {
            for row in 0..<chunk.count {
                let added = chunk.ids.withText(at: row) { id in !entities.contains(id) && measurementIDs.insert(id).inserted }
                guard added else {
                    measurementIDs.truncate(to: known)
                    measurementOrigins.removeSubrange(known...)
                    return false
                }
                measurementOrigins.append(MeasurementOrigin(file: fileIndex, line: Int32(line) + chunk.recordLines[row]))
            }
            line += chunk.newlines
        }
        return true
    }
}

/// A buffer the worker threads share: the file's bytes, which they only read, or the results, which each
/// writes at its own position.
private struct SharedPointer<Pointer>: @unchecked Sendable {
    let pointer: Pointer
    init(_ pointer: Pointer) { self.pointer = pointer }
}
