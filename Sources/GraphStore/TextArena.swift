/// Texts that are mostly distinct (measurement ids, evidence excerpts), stored back to back in one byte
/// buffer with an offset and length per element.
///
/// Interning such texts in the string pool cost a dictionary entry and a heap string each: for a million
/// measurements, two million entries and a third of the load time. Here a text costs its bytes and twelve.
struct TextArena {
    /// Length marking an element without a text.
    private static let absent = UInt32.max

    private var bytes: [UInt8] = []
    private var starts: ContiguousArray<Int> = []
    private var lengths: ContiguousArray<UInt32> = []

    /// How many elements the arena has room for (with or without a text).
    var count: Int { lengths.count }

    /// Whether an element has a text.
    func contains(_ index: Int) -> Bool { index < lengths.count && lengths[index] != Self.absent }

    /// The text of an element, `nil` when absent.
    func text(at index: Int) -> String? {
        guard contains(index) else { return nil }
        let start = starts[index]
        return String(decoding: bytes[start..<start + Int(lengths[index])], as: UTF8.self)
    }

    /// Whether an element's text equals `text` (false when absent), comparing bytes without building a string.
    func equals(_ text: String, at index: Int) -> Bool {
        guard contains(index) else { return false }
        let start = starts[index]
        return text.utf8.elementsEqual(bytes[start..<start + Int(lengths[index])])
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
