import Foundation
import GraphModel
import GraphStore
import QueryExecutor
import XCTest

/// An unbounded variable-length pattern over a large, densely connected graph has more paths than any
/// machine can list. It must either answer or stop when cancelled (as Ctrl-C does), promptly, either way.
final class UnboundedPatternTests: XCTestCase {
    /// How long the query may run before it is cancelled, and how long after that it may take to stop.
    private let patience: DispatchTimeInterval = .seconds(2), grace: DispatchTimeInterval = .seconds(3)

    func testUnboundedPathsOnALargeGraphAnswerOrAreCancelled() throws {
        let engine = QueryEngine(store: GraphStore())
        // 2,000 nodes; each links to the next three, so paths multiply with every hop.
        _ = try engine.run("UNWIND range(0, 1999) AS i CREATE (:Partner {id: 'p' + i, name: 'P' + i, n: i})")
        _ = try engine.run("""
            MATCH (a:Partner), (b:Partner) WHERE b.n > a.n AND b.n <= a.n + 3
            CREATE (a)-[:MEMBER_OF]->(b)
            """)
        let box = Outcome(engine)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            do throws(StatementError) { box.rows = try box.engine.run("MATCH p = (a)-[*]->(b) RETURN count(p) AS paths").rows } catch {
                box.message = error.message
            }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        if done.wait(timeout: .now() + patience) == .timedOut {
            engine.cancellation.cancel()
            XCTAssertEqual(done.wait(timeout: .now() + grace), .success, "the query did not stop when cancelled")
            XCTAssertTrue(box.message?.contains("query cancelled") ?? false, box.message ?? "answered after the cancel")
        } else {
            XCTAssertNotNil(box.rows ?? box.message.map { _ in [] }, "an answer or a clear error")
        }
    }
}

/// The engine for the query thread and what it produced. The semaphore orders the thread's writes before
/// the test's reads; only the atomic cancellation flag is touched from both threads at once.
private final class Outcome: @unchecked Sendable {
    let engine: QueryEngine
    var rows: [[Value]]?
    var message: String?
    init(_ engine: QueryEngine) { self.engine = engine }
}
