/// openCypher's binding strengths, weakest first. NOT sits between AND and comparison, so `NOT a = b` is
/// `NOT (a = b)`; unary minus binds tighter than `^`, so `-2 ^ 2` is 4.
enum Precedence: Int, Comparable {
    case or = 1, xor, and, not, comparison, predicate, additive, multiplicative, power
    /// Tighter than any infix operator: the right operand of `^`, which is left-associative.
    case unary

    static func < (left: Precedence, right: Precedence) -> Bool { left.rawValue < right.rawValue }

    /// The next tighter level, which a left-associative operator's right operand is parsed at.
    var tighter: Precedence { Precedence(rawValue: rawValue + 1) ?? .unary }
}
