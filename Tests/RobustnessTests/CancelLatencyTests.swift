import Foundation
import GraphLoader
import QueryExecutor
import XCTest

/// Ctrl-C must stop a running statement promptly whatever shape its loops have. The executor polls the
/// cancellation flag once per 1,024 steps entered; in a cartesian product the last step hands on every node
/// of the graph per entry without a poll, so on the bundled graph (848 nodes) a cancel went unseen for about
/// 870,000 matches: 1.4 s in a debug build, 7.5 s under ThreadSanitizer, where the prompt's Ctrl-C test timed out.
final class CancelLatencyTests: XCTestCase {
    /// How long a cancelled statement may take to stop: hundreds of times the expected poll interval.
    private let grace = 1.0

    func testCancelStopsACartesianProductWithinASecond() throws {
        let job = LatencyJob(QueryEngine(store: try GraphLoader.load(folders: [TradeGraphBinary.graph])))
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            do { _ = try job.engine.run("MATCH (a), (b), (c), (d) RETURN count(*)") } catch {
                job.message = (error as? StatementError)?.message ?? "\(error)"
            }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        usleep(100_000)
        let cancelled = Date()
        job.engine.cancellation.cancel()
        let stopped = done.wait(timeout: .now() + .seconds(30)) == .success
        let latency = Date().timeIntervalSince(cancelled)
        if !stopped {
            repeat { job.engine.cancellation.cancel() } while done.wait(timeout: .now() + .milliseconds(10)) == .timedOut
        }
        XCTAssertEqual(job.message, "query cancelled")
        XCTAssertLessThan(latency, grace, "the statement took \(latency) s to notice the cancel")
    }
}

/// The engine for the worker thread and the error it ended with; the semaphore orders the accesses, and
/// only the atomic cancellation flag is shared while the statement runs.
private final class LatencyJob: @unchecked Sendable {
    let engine: QueryEngine
    var message: String?
    init(_ engine: QueryEngine) { self.engine = engine }
}
