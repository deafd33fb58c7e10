/// A text of at most 24 bytes packed into three words, so that finding a vocabulary word or a known period
/// costs a few integer comparisons instead of building and hashing a `String`. The longest period form
/// (`2025-12-18/2026-01-10`) and the longest vocabulary word fit; a longer text is neither.
struct ShortKey: Hashable {
    private var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
    private let length: Int

    /// The key of these bytes, `nil` when longer than 24.
    init?(_ text: UnsafeBufferPointer<UInt8>) {
        guard text.count <= 24 else { return nil }
        length = text.count
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(text)) }
    }

    /// The key of a text, `nil` when longer than 24 bytes.
    init?(_ text: String) {
        var text = text
        guard let key = text.withUTF8({ ShortKey($0) }) else { return nil }
        self = key
    }

    static func == (a: ShortKey, b: ShortKey) -> Bool {
        a.length == b.length && a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
    }
}
