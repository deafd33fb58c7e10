/// Names ↔ dense ids for labels, relationship types and property keys, so that per-element data can hold a
/// small integer instead of a string.
struct SymbolTable {
    private(set) var names: [String] = []
    private var ids: [String: Int] = [:]

    /// An empty table.
    init() {}

    /// A table of these names, with ids in their order (as read back from an image).
    init(names: [String]) {
        for name in names { _ = intern(name) }
    }

    /// The id of a known name.
    func id(of name: String) -> Int? { ids[name] }

    /// The id of a name, adding it when new.
    mutating func intern(_ name: String) -> Int {
        if let id = ids[name] { return id }
        names.append(name)
        ids[name] = names.count - 1
        return names.count - 1
    }
}

/// Interned strings: one copy of each distinct text, addressed by a 32-bit id. Property columns of a million
/// measurements repeat a handful of metric, unit and period texts; interning stores each once.
struct StringPool {
    private(set) var strings: [String] = [""]
    private var ids: [String: UInt32] = ["": 0]

    /// A pool holding only the empty text.
    init() {}

    /// A pool of these texts, with ids in their order (as read back from an image; the first is the empty text).
    init(strings: [String]) {
        for text in strings.dropFirst() { _ = intern(text) }
    }

    /// The id of a text, adding it when new.
    mutating func intern(_ text: String) -> UInt32 {
        if let id = ids[text] { return id }
        let id = UInt32(strings.count)
        strings.append(text)
        ids[text] = id
        return id
    }

    /// The id of a known text.
    func id(of text: String) -> UInt32? { ids[text] }

    /// How many texts are pooled.
    var count: Int { strings.count }

    /// The text of an id.
    subscript(id: UInt32) -> String { strings[Int(id)] }
}
