import GraphModel
import GraphStore

/// `m.period = 2025`: a property that holds text in the graph compared with a number (or a number property
/// with text). openCypher compares them as unequal and unordered, so the condition is never true and the
/// answer is silently empty; the message says how to write the value.
struct TypeMismatch {
    let message: String

    /// How many nodes carrying the key are looked at to decide what type it holds.
    static let sample = 1000

    init?(comparison: LiteralComparison, store: GraphStore) {
        let literalIsText = comparison.literal.stringValue != nil
        guard literalIsText || comparison.literal.numericValue != nil, store.isKnownPropertyKey(comparison.key) else { return nil }
        let candidates: AnySequence<NodeID> = comparison.label.map { AnySequence(store.nodes(labeled: $0)) } ?? AnySequence(store.nodes)
        var kinds: Set<Bool> = []
        var example: Value = .null
        var seen = 0
        for node in candidates where seen < Self.sample {
            let value = store.property(comparison.key, of: node)
            if value.isNull { continue }
            guard value.stringValue != nil || value.numericValue != nil else { return nil }
            kinds.insert(value.stringValue != nil)
            if example.isNull { example = value }
            seen += 1
        }
        guard kinds.count == 1, let propertyIsText = kinds.first, propertyIsText != literalIsText else { return nil }
        let shown = Self.literal(comparison.literal)
        let fix = propertyIsText ? "'\(Self.plain(comparison.literal))'" : Self.plain(comparison.literal)
        let holds = propertyIsText ? "text (e.g. \(Self.literal(example)))" : "numbers (e.g. \(Self.literal(example)))"
        let rewritten = comparison.written.hasPrefix("{") ? "{\(comparison.key): \(fix)}" : "\(comparison.written) \(comparison.comparison.rawValue) \(fix)"
        message = "\(comparison.written) holds \(holds), so comparing it with \(literalIsText ? "the text" : "the number") \(shown) "
            + "is never true; write \(rewritten)"
    }

    private static func literal(_ value: Value) -> String {
        if let text = value.stringValue { return "'\(text)'" }
        return plain(value)
    }

    private static func plain(_ value: Value) -> String {
        switch value {
        case .string(let text): return text
        case .int(let number): return String(number)
        case .float(let number): return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        default: return "\(value)"
        }
    }
}
