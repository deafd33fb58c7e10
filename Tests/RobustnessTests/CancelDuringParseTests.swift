import Foundation
import GraphLoader
import QueryExecutor
import XCTest

/// Ctrl-C must stop a statement whenever it is pressed, also while the statement is still being parsed or
/// planned. Regression: `QueryEngine.run` cleared the flag when execution started, discarding a cancel that
/// came before. Here a 2 MB literal makes the parse long enough to cancel during it, every time.
final class CancelDuringParseTests: XCTestCase {
    func testCancelWhileParsingStopsTheStatement() throws {
        let box = Job(QueryEngine(store: try GraphLoader.load(folders: [TradeGraphBinary.graph])))
        let text = "MATCH (a), (b), (c), (d) WHERE '\(String(repeating: "x", count: 2 << 20))' <> '' RETURN count(*)"
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            do { _ = try box.engine.run(text) } catch {
                box.message = (error as? StatementError)?.message ?? "\(error)"
            }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        usleep(50_000)
        box.engine.cancellation.cancel()
        let stopped = done.wait(timeout: .now() + .seconds(20)) == .success
        if !stopped {
            // Stop it anyway, so that the failure does not hang the suite.
            repeat { box.engine.cancellation.cancel() } while done.wait(timeout: .now() + .milliseconds(10)) == .timedOut
        }
        XCTAssertTrue(stopped, "a cancel that came while the statement was being parsed was ignored")
        XCTAssertEqual(box.message, "query cancelled")
    }
}

/// The engine for the worker thread and the error it ended with; the semaphore orders the accesses, and
/// only the atomic cancellation flag is shared while the statement runs.
private final class Job: @unchecked Sendable {
    let engine: QueryEngine
    var message: String?
    init(_ engine: QueryEngine) { self.engine = engine }
}
