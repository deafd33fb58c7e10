import FuzzSupport

/// Each input is a statement, decoded as the shell decodes piped input (invalid UTF-8 becomes U+FFFD), run
/// against the bundled graph with a time limit.
nonisolated(unsafe) private let harness = QueryHarness()

FuzzDriver.run { bytes, count in
    harness.run(String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self))
    return 0
}
