import GraphModel

/// The values of one property key across all nodes (or all relationships), indexed by element.
///
/// Columns rather than a dictionary per element: a dictionary costs hundreds of bytes per element, a string
/// column four. The first value written to an empty column picks a typed storage — pooled strings, distinct
/// texts, floats or integers — and the first value that does not fit turns it into a general column of
/// `Value`s (24 bytes each). Columns grow on write, so a key used by a few elements costs little.
struct PropertyColumn {
    /// Internal for its image (`PropertyColumn+Image`), private otherwise in spirit: only this type switches on it.
    enum Storage {
        /// Pool id + 1 per element; 0 means absent. For texts that repeat (metric, unit, period).
        case strings(StoreArray<UInt32>)
        /// Texts that are mostly distinct, not pooled.
        case texts(TextArena)
        /// `absentFloat` means absent.
        case floats(StoreArray<Double>)
        /// `absentInt` means absent.
        case ints(StoreArray<Int64>)
        /// Any values; `.null` means absent.
        case values(ContiguousArray<Value>)
    }

    /// A NaN whose payload no arithmetic produces; storing exactly this pattern generalizes the column.
    static let absentFloat = Double(bitPattern: 0x7FF4_7261_6465_0000)
    /// Storing `Int64.min` generalizes the column.
    static let absentInt = Int64.min
    /// A string column with at least this many values, more than half of them new to the pool when written,
    /// stores its texts unpooled.
    private static let distinctThreshold = 1024

    var storage = Storage.strings([])
    /// How many elements have a value.
    var presentCount = 0
    /// How many values written to a pooled column were new to the pool.
    var newTexts = 0

    /// The value of an element, `.null` when absent. Inlined into its callers: called, it was handed a copy
    /// of the column, whose storage it retained and released for every value read.
    @inline(__always)
    func value(at index: Int, pool: StringPool) -> Value {
        switch storage {
        case .strings(let ids):
            guard index < ids.count, ids[index] != 0 else { return .null }
            return .string(pool[ids[index] - 1])
        case .texts(let arena):
            return arena.text(at: index).map(Value.string) ?? .null
        case .floats(let numbers):
            guard index < numbers.count, numbers[index].bitPattern != Self.absentFloat.bitPattern else { return .null }
            return .float(numbers[index])
        case .ints(let numbers):
            guard index < numbers.count, numbers[index] != Self.absentInt else { return .null }
            return .int(numbers[index])
        case .values(let values):
            return index < values.count ? values[index] : .null
        }
    }

    /// openCypher equality of an element's value with a text: `nil` when absent, false for a non-string.
    func equals(_ text: PooledText, at index: Int, pool: StringPool) -> Bool? {
        switch storage {
        case .strings(let ids):
            guard index < ids.count, ids[index] != 0 else { return nil }
            guard let id = text.id else { return false }
            return ids[index] - 1 == id
        case .texts(let arena):
            return arena.contains(index) ? arena.equals(text.text, at: index) : nil
        case .floats, .ints, .values:
            switch value(at: index, pool: pool) {
            case .null: return nil
            case .string(let stored): return stored == text.text
            default: return false
            }
        }
    }

    /// The nodes whose value equals the text (`equals(_:at:pool:)` is true), with the storage switched on once
    /// rather than once per node: a pooled column compares codes in `ColumnView`'s branch-free loop.
    func nodes(_ nodes: [NodeID], equal text: PooledText, pool: StringPool) -> [NodeID] {
        guard case .strings(let ids) = storage else {
            return nodes.filter { equals(text, at: Int($0.index), pool: pool) == true }
        }
        guard let id = text.id else { return [] }
        return ColumnView(codes: ids).nodes(nodes, withCode: id + 1)
    }

    /// Whether an element has a value.
    func hasValue(at index: Int) -> Bool {
        switch storage {
        case .strings(let ids): return index < ids.count && ids[index] != 0
        case .texts(let arena): return arena.contains(index)
        case .floats(let numbers): return index < numbers.count && numbers[index].bitPattern != Self.absentFloat.bitPattern
        case .ints(let numbers): return index < numbers.count && numbers[index] != Self.absentInt
        case .values(let values): return index < values.count && !values[index].isNull
        }
    }

    /// The pool id + 1 of every element (0 where absent), when the column holds pooled texts or nothing.
    var pooledCodes: StoreArray<UInt32>? {
        if case .strings(let ids) = storage { return ids }
        return presentCount == 0 ? [] : nil
    }

    /// Every element's number and the pattern that marks an absent one, when the column holds floats or nothing.
    var floatNumbers: (numbers: StoreArray<Double>, absent: Double)? {
        if case .floats(let numbers) = storage { return (numbers, Self.absentFloat) }
        return presentCount == 0 ? ([], Self.absentFloat) : nil
    }

    /// Whether every value of the column is a float.
    var holdsOnlyFloats: Bool {
        if case .floats = storage { return true }
        return presentCount == 0
    }

    /// Sets (or with `.null` removes) an element's value.
    mutating func set(_ value: Value, at index: Int, pool: inout StringPool) {
        let had = hasValue(at: index)
        if presentCount == 0 && !value.isNull {
            storage = Self.emptyStorage(for: value)
            newTexts = 0
        }
        if !setTyped(value, at: index, pool: &pool) {
            generalize(pool: pool)
            guard case .values(var values) = storage else { preconditionFailure("a general column") }
            storage = .strings([])
            Self.grow(&values, to: index, filler: .null)
            values[index] = value
            storage = .values(values)
        }
        presentCount += (value.isNull ? 0 : 1) - (had ? 1 : 0)
        if case .strings(let ids) = storage, presentCount >= Self.distinctThreshold, newTexts * 2 > presentCount {
            storage = .texts(Self.arena(of: ids, pool: pool))
        }
    }

    /// Appends a block's values as elements `base ..< base + block.count`, all new (none had a value). A block
    /// that fits the column's storage is copied in; any other goes value by value through `set`, which picks or
    /// generalizes the storage as for any write.
    mutating func append(_ block: BulkColumn, at base: Int, pool: inout StringPool) {
        if presentCount == 0, !Self.holdsTexts(storage, block) { storage = Self.emptyStorage(for: block) }
        if case .strings(let ids) = storage, case .distinctTexts = block { storage = .texts(Self.arena(of: ids, pool: pool)) }
        guard appendTyped(block, at: base, pool: &pool) else {
            for index in 0..<block.count where !block.value(at: index).isNull { set(block.value(at: index), at: base + index, pool: &pool) }
            return
        }
        presentCount += block.presentCount
    }

    /// Copies a block into the storage when it fits it; false otherwise. Each case takes the array out of
    /// `storage` before writing (a switch on a tuple of the two would hold a second reference for the whole
    /// switch, and the first write would copy the column at twice its capacity).
    private mutating func appendTyped(_ block: BulkColumn, at base: Int, pool: inout StringPool) -> Bool {
        switch block {
        case .repeatedTexts(let codes, let texts):
            guard case .strings(var ids) = storage else { return false }
            storage = .strings([])
            let known = pool.count
            let pooled = texts.map { pool.intern($0) + 1 }
            newTexts += pool.count - known
            Self.grow(&ids, to: base - 1, filler: 0)
            ids.append(contentsOf: codes.lazy.map { $0 == 0 ? 0 : pooled[Int($0) - 1] })
            storage = .strings(ids)
        case .distinctTexts(let texts):
            guard case .texts(var arena) = storage else { return false }
            storage = .strings([])
            arena.append(texts, after: base - arena.count)
            storage = .texts(arena)
        case .floats(let block):
            guard case .floats(var numbers) = storage, !block.contains(where: { $0.bitPattern == Self.absentFloat.bitPattern }) else {
                return false
            }
            storage = .strings([])
            Self.grow(&numbers, to: base - 1, filler: Self.absentFloat)
            numbers.append(contentsOf: block)
            storage = .floats(numbers)
        case .ints(let block):
            guard case .ints(var numbers) = storage else { return false }
            storage = .strings([])
            Self.grow(&numbers, to: base - 1, filler: Self.absentInt)
            numbers.append(contentsOf: block)
            storage = .ints(numbers)
        }
        return true
    }

    /// Room for this many elements in a typed column (an arena grows its texts as they come).
    mutating func reserveCapacity(_ count: Int) {
        switch storage {
        case .strings(var ids):
            storage = .values([])
            ids.reserveCapacity(count)
            storage = .strings(ids)
        case .floats(var numbers):
            storage = .values([])
            numbers.reserveCapacity(count)
            storage = .floats(numbers)
        case .ints(var numbers):
            storage = .values([])
            numbers.reserveCapacity(count)
            storage = .ints(numbers)
        case .texts, .values:
            return
        }
    }

    /// Room for distinct texts: for `count` elements in all and `bytes` more bytes of text, in a column that holds
    /// such texts, or pooled texts or nothing (which it unpools now, as appending such texts would), so that
    /// blocks of them are appended without growing it.
    mutating func reserveTexts(_ count: Int, bytes: Int, pool: StringPool) {
        if case .strings(let ids) = storage { storage = .texts(presentCount == 0 ? TextArena() : Self.arena(of: ids, pool: pool)) }
        guard case .texts(var arena) = storage else { return }
        storage = .values([])
        arena.reserve(max(0, count - arena.count), bytes: bytes)
        storage = .texts(arena)
    }

    /// Whether the storage is an arena that takes the block's distinct texts as they are.
    private static func holdsTexts(_ storage: Storage, _ block: BulkColumn) -> Bool {
        if case .texts = storage, case .distinctTexts = block { return true }
        return false
    }

    /// The texts of a pooled column, unpooled.
    private static func arena(of ids: StoreArray<UInt32>, pool: StringPool) -> TextArena {
        var arena = TextArena()
        for (element, id) in ids.enumerated() where id != 0 { arena.set(pool[id - 1], at: element) }
        return arena
    }

    /// The storage an empty column takes for a block.
    private static func emptyStorage(for block: BulkColumn) -> Storage {
        switch block {
        case .repeatedTexts: return .strings([])
        case .distinctTexts: return .texts(TextArena())
        case .floats: return .floats([])
        case .ints: return .ints([])
        }
    }

    /// The storage an empty column takes for its first value.
    private static func emptyStorage(for value: Value) -> Storage {
        switch value {
        case .float: return .floats([])
        case .int: return .ints([])
        case .string: return .strings([])
        default: return .values([])
        }
    }

    /// Writes into the typed storage; false when the value does not fit it. Each case takes the array out of
    /// `storage` before writing, so that the write does not copy it.
    private mutating func setTyped(_ value: Value, at index: Int, pool: inout StringPool) -> Bool {
        switch storage {
        case .values:
            return false
        case .strings(var ids):
            let id: UInt32
            switch value {
            case .null: id = 0
            case .string(let text):
                let known = pool.count
                id = pool.intern(text) + 1
                if pool.count > known { newTexts += 1 }
            default: return false
            }
            storage = .strings([])
            Self.put(id, at: index, in: &ids, absent: 0)
            storage = .strings(ids)
        case .texts(var arena):
            let text: String?
            switch value {
            case .null: text = nil
            case .string(let written): text = written
            default: return false
            }
            storage = .strings([])
            arena.set(text, at: index)
            storage = .texts(arena)
        case .floats(var numbers):
            let number: Double
            switch value {
            case .null: number = Self.absentFloat
            case .float(let written) where written.bitPattern != Self.absentFloat.bitPattern: number = written
            default: return false
            }
            storage = .strings([])
            Self.put(number, at: index, in: &numbers, absent: Self.absentFloat)
            storage = .floats(numbers)
        case .ints(var numbers):
            let number: Int64
            switch value {
            case .null: number = Self.absentInt
            case .int(let written) where written != Self.absentInt: number = written
            default: return false
            }
            storage = .strings([])
            Self.put(number, at: index, in: &numbers, absent: Self.absentInt)
            storage = .ints(numbers)
        }
        return true
    }

    /// Writes an element, growing the array with `absent` when needed.
    private static func put<Column: RangeReplaceableCollection & MutableCollection>(_ element: Column.Element, at index: Int, in array: inout Column,
                                                                                 absent: Column.Element) where Column.Index == Int {
        grow(&array, to: index, filler: absent)
        array[index] = element
    }

    /// Turns a typed column into a general one, keeping its values.
    private mutating func generalize(pool: StringPool) {
        let count: Int
        switch storage {
        case .values: return
        case .strings(let ids): count = ids.count
        case .texts(let arena): count = arena.count
        case .floats(let numbers): count = numbers.count
        case .ints(let numbers): count = numbers.count
        }
        storage = .values(ContiguousArray((0..<count).map { value(at: $0, pool: pool) }))
    }

    private static func grow<Column: RangeReplaceableCollection>(_ array: inout Column, to index: Int, filler: Column.Element) {
        if index >= array.count { array.append(contentsOf: repeatElement(filler, count: index + 1 - array.count)) }
    }
}
