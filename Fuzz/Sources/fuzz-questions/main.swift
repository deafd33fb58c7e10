import FuzzSupport

/// Each input is a question, decoded as the shell decodes piped input (invalid UTF-8 becomes U+FFFD), asked of
/// the bundled graph: the whole pipeline from text to ranked figures and the statement that returns them.
nonisolated(unsafe) private let harness = QuestionHarness()

FuzzDriver.run { bytes, count in
    harness.ask(String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self))
    return 0
}
