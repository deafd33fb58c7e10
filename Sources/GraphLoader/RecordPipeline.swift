import Foundation

/// Reads a file's records on a second thread while the loader checks and stores the ones read before, so that
/// splitting bytes into fields and decoding them (a quarter of a load) runs on the other core.
///
/// The records come out in file order and the reader is the same sequential `CSVReader`, so every error
/// names the same file, line and column as a reader on the loader's thread would. A few batches at most wait
/// between the two threads, so that the fields of a million rows are never held at once.
final class RecordPipeline: @unchecked Sendable {
    /// Records per hand-over: large enough that locking is rare, small enough to stay in cache.
    private static let batchSize = 1024
    /// Batches read ahead before the reading thread waits for the loader.
    private static let queueLimit = 4

    private let condition = NSCondition()
    // Guarded by `condition`.
    private var queue: [[[CSVReader.Field]]] = []
    private var finished = false
    private var readerErrors: [LoadError] = []

    /// The batch being handed out on the loader's thread, and the next record in it.
    private var current: [[CSVReader.Field]] = []
    private var next = 0

    /// Starts reading the rest of the reader's records on a new thread.
    init(reading reader: CSVReader) {
        let thread = Thread { [self] in produce(reader) }
        thread.start()
    }

    /// The next record, or `nil` at the end; called on the loader's thread only.
    func nextRecord() -> [CSVReader.Field]? {
        if next == current.count {
            condition.lock()
            while queue.isEmpty && !finished { condition.wait() }
            current = queue.isEmpty ? [] : queue.removeFirst()
            condition.signal()
            condition.unlock()
            next = 0
            guard !current.isEmpty else { return nil }
        }
        defer { next += 1 }
        return current[next]
    }

    /// The reader's errors; complete once `nextRecord` has returned `nil`.
    var errors: [LoadError] {
        condition.lock()
        defer { condition.unlock() }
        return readerErrors
    }

    private func produce(_ reader: CSVReader) {
        var reader = reader
        var batch: [[CSVReader.Field]] = []
        batch.reserveCapacity(Self.batchSize)
        while let record = reader.nextRecord() {
            batch.append(record)
            if batch.count == Self.batchSize {
                hand(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { hand(batch) }
        condition.lock()
        readerErrors = reader.errors
        finished = true
        condition.signal()
        condition.unlock()
    }

    private func hand(_ batch: [[CSVReader.Field]]) {
        condition.lock()
        while queue.count >= Self.queueLimit { condition.wait() }
        queue.append(batch)
        condition.signal()
        condition.unlock()
    }
}
