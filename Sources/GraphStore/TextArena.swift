/// Texts that are mostly distinct (measurement ids, evidence excerpts), stored back to back in one byte
/// buffer with an offset and length per element.
///
/// Interning such texts in the string pool cost a dictionary entry and a heap string each: for a million
/// measurements, two million entries and a third of the load time. Here a text costs its bytes and twelve.
/// Public so that a loader can fill one off the store's thread and hand it over whole (`BulkColumn`).
public struct TextArena: Sendable {
    /// Length marking an element without a text.
    private static let absent = UInt32.max

    // Internal (not private) for the arena's image, `PropertyColumn+Image`.
    var bytes: StoreArray<UInt8> = []
    var starts: StoreArray<Int> = []
    var lengths: StoreArray<UInt32> = []

    /// How many elements the arena has room for (with or without a text).
    public var count: Int { lengths.count }

    /// How many elements have a text.
    var presentCount: Int { lengths.count { $0 != Self.absent } }

    /// An empty arena.
    public init() {}

    /// How many bytes the texts take together.
    public var byteCount: Int { bytes.count }

    /// Room for `count` more elements whose texts take `bytes` more bytes.
    public mutating func reserve(_ count: Int, bytes more: Int) {
        starts.reserveCapacity(starts.count + count)
        lengths.reserveCapacity(lengths.count + count)
        bytes.reserveCapacity(bytes.count + more)
    }

    /// Appends an element with these bytes as its text (valid UTF-8, checked by the caller).
    public mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        starts.append(bytes.count)
        bytes.append(contentsOf: text)
        lengths.append(UInt32(text.count))
    }

    /// Appends an element without a text.
    public mutating func appendAbsent() {
        starts.append(bytes.count)
        lengths.append(Self.absent)
    }

    /// Appends every element of another arena, after `padding` elements without a text.
    mutating func append(_ other: TextArena, after padding: Int) {
        for _ in 0..<padding { appendAbsent() }
        let shift = bytes.count
        bytes.append(contentsOf: other.bytes)
        starts.append(contentsOf: other.starts.lazy.map { $0 + shift })
        lengths.append(contentsOf: other.lengths)
    }

    /// The bytes of an element's text, valid until the arena changes; empty when absent.
    public func withText<Result>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard contains(index) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let start = starts[index], length = Int(lengths[index])
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<start + length])) }
    }

    /// Whether an element has a text.
    func contains(_ index: Int) -> Bool { index < lengths.count && lengths[index] != Self.absent }

    /// The text of an element, `nil` when absent.
    func text(at index: Int) -> String? {
        guard contains(index) else { return nil }
        return withText(at: index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether an element's text equals `text` (false when absent), comparing bytes without building a string.
    func equals(_ text: String, at index: Int) -> Bool {
        guard contains(index) else { return false }
        return withText(at: index) { text.utf8.elementsEqual($0) }
    }

    /// Sets (or with `nil` removes) an element's text. An overwritten text's bytes stay behind: writes after a
    /// load are few.
    mutating func set(_ text: String?, at index: Int) {
        if index >= lengths.count {
            let missing = index + 1 - lengths.count
            starts.append(contentsOf: repeatElement(0, count: missing))
            lengths.append(contentsOf: repeatElement(Self.absent, count: missing))
        }
        guard let text else {
            lengths[index] = Self.absent
            return
        }
        starts[index] = bytes.count
        bytes.append(contentsOf: text.utf8)
        lengths[index] = UInt32(bytes.count - starts[index])
    }
}
