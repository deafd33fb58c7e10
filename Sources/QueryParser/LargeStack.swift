import Foundation
import QueryLexer

/// Runs the parser on a thread of its own with a generous stack. Recursive descent needs kilobytes of stack
/// per level of nesting (more in debug builds), and callers may be on threads with as little as 512 KB; a
/// known stack makes the nesting limit a guarantee rather than a hope.
enum LargeStack {
    /// Room for `Parser.nestingLimit` levels in a debug build several times over; pages are only touched
    /// as they are used.
    static let size = 32 << 20

    /// The result of `body`, run to completion on the large-stack thread while the caller waits.
    static func run<Success: Sendable>(_ body: @escaping @Sendable () -> Result<Success, SyntaxError>)
        -> Result<Success, SyntaxError> {
        let box = ResultBox<Success>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.result = body()
            done.signal()
        }
        thread.stackSize = size
        thread.start()
        done.wait()
        guard let result = box.result else { preconditionFailure("the parser thread ended without a result") }
        // The thread may still be ending, holding the box through its closure; it must not hold the statement.
        // Swift keeps enum case numbers in the top bits of the statement's inner pointers, which LeakSanitizer
        // does not follow, so a process that exited meanwhile had its last statement reported as leaked.
        box.result = nil
        return result
    }
}

/// Carries the result from the worker thread; the semaphore orders the write before the read.
private final class ResultBox<Success: Sendable>: @unchecked Sendable {
    var result: Result<Success, SyntaxError>?
}
