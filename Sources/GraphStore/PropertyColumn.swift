import GraphModel

/// The values of one property key across all nodes (or all relationships), indexed by element.
///
/// Columns rather than a dictionary per element: a dictionary costs hundreds of bytes per element, a string
/// column four. A column holding only strings stores pool ids; the first non-string value turns it into a
/// general column. Columns grow on write, so a key used by a few elements costs little.
struct PropertyColumn {
    private enum Storage {
        /// Pool id + 1 per element; 0 means absent.
        case strings(ContiguousArray<UInt32>)
        /// Any values; `.null` means absent.
        case values(ContiguousArray<Value>)
    }

    private var storage = Storage.strings([])
    /// How many elements have a value.
    private(set) var presentCount = 0

    /// The value of an element, `.null` when absent.
    func value(at index: Int, pool: StringPool) -> Value {
        switch storage {
        case .strings(let ids):
            guard index < ids.count, ids[index] != 0 else { return .null }
            return .string(pool[ids[index] - 1])
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
        case .values(let values):
            guard index < values.count else { return nil }
            switch values[index] {
            case .null: return nil
            case .string(let stored): return stored == text.text
            default: return false
            }
        }
    }

    /// Whether an element has a value.
    func hasValue(at index: Int) -> Bool {
        switch storage {
        case .strings(let ids): return index < ids.count && ids[index] != 0
        case .values(let values): return index < values.count && !values[index].isNull
        }
    }

    /// Sets (or with `.null` removes) an element's value.
    mutating func set(_ value: Value, at index: Int, pool: inout StringPool) {
        let had = hasValue(at: index)
        if case .strings(var ids) = storage {
            if case .string(let text) = value {
                storage = .strings([])
                Self.grow(&ids, to: index, filler: 0)
                ids[index] = pool.intern(text) + 1
                storage = .strings(ids)
            } else if value.isNull {
                if index < ids.count { storage = .strings([]); ids[index] = 0; storage = .strings(ids) }
            } else {
                storage = .values(ContiguousArray(ids.map { $0 == 0 ? Value.null : .string(pool[$0 - 1]) }))
            }
        }
        if case .values(var values) = storage {
            storage = .strings([])
            Self.grow(&values, to: index, filler: .null)
            values[index] = value
            storage = .values(values)
        }
        presentCount += (value.isNull ? 0 : 1) - (had ? 1 : 0)
    }

    private static func grow<T>(_ array: inout ContiguousArray<T>, to index: Int, filler: T) {
        if index >= array.count { array.append(contentsOf: repeatElement(filler, count: index + 1 - array.count)) }
    }
}
