import Foundation
import GraphLoader
import GraphStore
import QueryExecutor

/// Runs one fuzzed statement against the bundled graph the way the shell does, with a time limit: past it
/// the statement is cancelled through `QueryEngine.cancellation`, as Ctrl-C would. A statement that ignores
/// the cancellation runs on until libFuzzer's `-timeout` reports it as a hang, which is the point.
///
/// The time limit is also the row limit: a statement can only collect the rows it produces before it is
/// cancelled, and libFuzzer's `-rss_limit_mb` turns anything that still exhausts memory into a finding.
public final class QueryHarness {
    /// How long a statement may run before it is cancelled.
    public static let timeLimit = DispatchTimeInterval.milliseconds(200)
    /// The stack of the thread statements run on: the main thread's, which is what the shell runs on.
    static let stackSize = 8 << 20

    private var store: GraphStore

    /// Loads the bundled graph once; every fuzz input starts from it.
    public init() {
        store = QueryHarness.loadBundledGraph()
    }

    /// Runs `text`; errors are expected and ignored, crashes and hangs are what the fuzzer looks for. Returns
    /// once the statement's threads have ended (see `Quiescence`).
    public func run(_ text: String) {
        Quiescence.run {
            let job = Job(QueryEngine(store: store))
            let cancellation = job.cancellation
            let done = DispatchSemaphore(value: 0)
            let thread = Thread {
                job.run(text)
                done.signal()
            }
            thread.stackSize = QueryHarness.stackSize
            thread.start()
            if done.wait(timeout: .now() + QueryHarness.timeLimit) == .timedOut {
                // Cancel until it stops, as a user would press Ctrl-C again; one that never stops is a hang
                // for libFuzzer's -timeout.
                repeat { cancellation.cancel() } while done.wait(timeout: .now() + .milliseconds(5)) == .timedOut
            }
            if QueryHarness.mayWrite(text) { store = QueryHarness.loadBundledGraph() }
        }
    }

    /// Whether the statement may have changed the graph, so the next input needs a fresh copy. Errs on the
    /// side of reloading: a mention of a write keyword anywhere (even in a string) counts.
    static func mayWrite(_ text: String) -> Bool {
        let upper = text.uppercased()
        return ["CREATE", "MERGE", "SET", "DELETE", "REMOVE"].contains { upper.contains($0) }
    }

    private static func loadBundledGraph() -> GraphStore {
        do { return try GraphLoader.load(folders: [Paths.bundledGraph]) } catch {
            fatalError("the bundled graph does not load: \(error.errors.prefix(3))")
        }
    }
}

/// Hands the engine to the worker thread, which drops it (and its plans) before it signals, so nothing of the
/// statement outlives the input. Only `cancellation`, which is atomic, is touched from two threads.
private final class Job: @unchecked Sendable {
    private var engine: QueryEngine?
    let cancellation: Cancellation

    init(_ engine: QueryEngine) {
        self.engine = engine
        cancellation = engine.cancellation
    }

    /// Runs the statement on the calling thread, ignoring its errors, and releases the engine.
    func run(_ text: String) {
        _ = try? engine?.run(text)
        engine = nil
    }
}
