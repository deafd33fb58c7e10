import Synchronization

/// A flag another thread (the prompt's Ctrl-C handler) sets to stop the running query. Matching and
/// expansion loops poll it, so a query stops within milliseconds and the prompt comes back.
public final class Cancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    /// Creates a flag, not set.
    public init() {}

    /// Asks the running query to stop.
    public func cancel() { flag.store(true, ordering: .relaxed) }

    /// Clears the flag before the next query.
    public func reset() { flag.store(false, ordering: .relaxed) }

    /// Whether a stop was asked for.
    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}
