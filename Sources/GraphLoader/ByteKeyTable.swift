import Foundation

/// A set of short byte strings (ids), numbered in insertion order and looked up by their bytes, so that a
/// million measurement ids are checked for uniqueness without a `String` or a dictionary entry each.
///
/// Open addressing with linear probing over one byte buffer. A slot keeps 32 bits of its key's hash beside the
/// key's number, so a probe compares bytes only when those bits match. Entries are only appended, so
/// `truncate(to:)` can take back the latest ones: no probe chain of an older entry runs through a slot that a
/// later entry filled.
struct ByteKeyTable {
    private var bytes: [UInt8] = []
    /// Entry `i` is `bytes[ends[i - 1] ..< ends[i]]`.
    private var ends: [Int] = []
    /// Per slot: the key's hash in the high 32 bits and its number + 1 in the low, 0 for empty. The count is a
    /// power of two, at most half full.
    private var slots: [UInt64] = Array(repeating: 0, count: 16)

    /// How many keys the table holds.
    var count: Int { ends.count }

    /// Room for `capacity` keys in all without growing.
    mutating func reserve(_ capacity: Int) {
        var size = slots.count
        while size < capacity * 2 { size *= 2 }
        if size > slots.count { rehash(size) }
    }

    /// The number of a key, when present.
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        let (slot, found) = probe(key, hash: Self.hash(key))
        return found ? Int(slots[slot] & 0xFFFF_FFFF) - 1 : nil
    }

    /// The number of a text, when present.
    func index(of text: String) -> Int? {
        var text = text
        return text.withUTF8 { index(of: $0) }
    }

    /// Adds a key; returns its number and whether it was new (a key already present keeps its number).
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (index: Int, inserted: Bool) {
        if (ends.count + 1) * 2 > slots.count { rehash(slots.count * 2) }
        let hash = Self.hash(key)
        let (slot, found) = probe(key, hash: hash)
        if found { return (Int(slots[slot] & 0xFFFF_FFFF) - 1, false) }
        bytes.append(contentsOf: key)
        ends.append(bytes.count)
        slots[slot] = hash << 32 | UInt64(ends.count)
        return (ends.count - 1, true)
    }

    /// Adds a text; returns its number and whether it was new.
    @discardableResult
    mutating func insert(_ text: String) -> (index: Int, inserted: Bool) {
        var text = text
        return text.withUTF8 { insert($0) }
    }

    /// Removes every key numbered `count` or later.
    mutating func truncate(to count: Int) {
        guard count < ends.count else { return }
        for slot in slots.indices where Int(slots[slot] & 0xFFFF_FFFF) > count { slots[slot] = 0 }
        bytes.removeSubrange((count == 0 ? 0 : ends[count - 1])...)
        ends.removeSubrange(count...)
    }

    /// The slot holding the key, or the empty slot where it would go.
    private func probe(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, found: Bool) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            if slots[slot] >> 32 == hash && matches(key, entry: Int(slots[slot] & 0xFFFF_FFFF) - 1) { return (slot, true) }
            slot = (slot + 1) & mask
        }
        return (slot, false)
    }

    private func matches(_ key: UnsafeBufferPointer<UInt8>, entry: Int) -> Bool {
        let start = entry == 0 ? 0 : ends[entry - 1]
        guard ends[entry] - start == key.count else { return false }
        return key.isEmpty || bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, key.baseAddress!, key.count) == 0 }
    }

    private mutating func rehash(_ size: Int) {
        let old = slots
        slots = Array(repeating: 0, count: size)
        let mask = size - 1
        for entry in old where entry != 0 {
            var slot = Int(truncatingIfNeeded: entry >> 32) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    /// 32 bits of FNV-1a, finished with a multiply so that ids differing in their last digit spread over the table.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let mixed = (hash ^ (hash >> 29)) &* 0xbf58_476d_1ce4_e5b9
        return (mixed ^ (mixed >> 32)) & 0xFFFF_FFFF
    }
}
