/// The variables visible at a point of a query and the row slots that hold them.
///
/// A query part uses one row layout throughout: every variable, named or anonymous, gets its own slot, and
/// `WITH` changes which of them are visible rather than moving values around.
public struct Scope: Sendable {
    /// Visible variable names and their slots.
    public private(set) var slots: [String: Int] = [:]
    /// Visible variable names in the order they were introduced (what `RETURN *` returns, sorted by name).
    public private(set) var names: [String] = []
    /// What each visible variable holds, for the checks of `VariableKind`.
    public private(set) var kinds: [String: VariableKind] = [:]

    /// Creates an empty scope.
    public init() {}

    /// The slot of a visible variable.
    public func slot(of name: String) -> Int? { slots[name] }

    /// Makes a variable visible in a slot.
    public mutating func bind(_ name: String, to slot: Int, kind: VariableKind = .unknown) {
        if slots[name] == nil { names.append(name) }
        slots[name] = slot
        kinds[name] = kind
    }

    /// What a visible variable holds; nil when it is not visible.
    public func kind(of name: String) -> VariableKind? { slots[name] == nil ? nil : kinds[name] ?? .unknown }
}

/// Hands out row slots for one query part.
struct SlotAllocator {
    private(set) var count = 0

    /// A fresh slot.
    mutating func next() -> Int {
        count += 1
        return count - 1
    }
}
