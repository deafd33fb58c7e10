import Foundation

/// Waits, at the end of an input, for the threads the input started to end.
///
/// The engine parses on a thread of its own and the loader reads on helper threads; each signals its caller
/// and only then ends, releasing what its closure held (a parsed statement, a table being read). libFuzzer
/// counts mallocs and frees only while an input runs, and with `-detect_leaks=1` it runs LeakSanitizer when
/// an input (run twice) allocated more than it freed. An input that returned while such a thread was still
/// ending looked like that, and LeakSanitizer, scanning the live thread, could not follow what it held:
/// Swift keeps an enum's case number in the top bits of a payload pointer (in parsed expressions and plans,
/// for one), which it does not take for a pointer. So the seed `RETURN $missing` was reported as leaking a
/// 32-byte expression the parser had allocated. Waiting until the process is back to the threads it had
/// when the input began ends each input with nothing in flight.
enum Quiescence {
    /// How long to wait for the input's threads to end before going on: a thread pool (the loader's
    /// `concurrentPerform`) may keep a worker it started, which is not the input's to wait for.
    static let patience: TimeInterval = 0.2

    /// The ids of this process's threads.
    static func threadIDs() -> Set<Int32> {
        guard let folder = opendir("/proc/self/task") else { return [] }
        defer { closedir(folder) }
        var ids: Set<Int32> = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if let id = Int32(name) { ids.insert(id) }
        }
        return ids
    }

    /// Runs `body`, then waits (at most `patience`) until every thread that was not there before it has ended.
    /// Threads are told apart by id, not counted: a pool thread that ends meanwhile must not let a parser
    /// thread that is still ending pass for one that was there before.
    static func run<T>(_ body: () -> T) -> T {
        let before = threadIDs()
        let result = body()
        let deadline = Date().addingTimeInterval(patience)
        while !threadIDs().isSubset(of: before), Date() < deadline { usleep(100) }
        return result
    }
}
