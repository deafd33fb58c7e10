import GraphModel

/// The values of one property for a block of new elements, already in the shape a `PropertyColumn` keeps them,
/// so that a loader appends a million values with a few copies instead of a million `Value` writes.
public enum BulkColumn: Sendable {
    /// Texts that repeat (metric, unit, period): per element an index + 1 into `texts`, 0 where absent.
    case repeatedTexts(codes: [UInt32], texts: [String])
    /// Texts that are mostly distinct (ids, evidence).
    case distinctTexts(TextArena)
    /// A float for every element.
    case floats([Double])
    /// Integers; `Int64.min` where absent (a column stores it only by generalizing, see `PropertyColumn`).
    case ints([Int64])

    /// How many elements the block has.
    public var count: Int {
        switch self {
        case .repeatedTexts(let codes, _): return codes.count
        case .distinctTexts(let arena): return arena.count
        case .floats(let numbers): return numbers.count
        case .ints(let numbers): return numbers.count
        }
    }

    /// How many elements have a value.
    var presentCount: Int {
        switch self {
        case .repeatedTexts(let codes, _): return codes.count { $0 != 0 }
        case .distinctTexts(let arena): return arena.presentCount
        case .floats(let numbers): return numbers.count
        case .ints(let numbers): return numbers.count { $0 != .min }
        }
    }

    /// The value of one element, for columns whose storage does not match the block's.
    func value(at index: Int) -> Value {
        switch self {
        case .repeatedTexts(let codes, let texts): return codes[index] == 0 ? .null : .string(texts[Int(codes[index]) - 1])
        case .distinctTexts(let arena): return arena.text(at: index).map(Value.string) ?? .null
        case .floats(let numbers): return .float(numbers[index])
        case .ints(let numbers): return numbers[index] == .min ? .null : .int(numbers[index])
        }
    }
}
