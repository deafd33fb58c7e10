import GraphModel

/// The groups of an aggregation in the order they first appeared, found by the values of the grouping keys.
/// Each group keeps the row that opened it (where the keys are written) and its running state.
struct GroupTable<State> {
    /// One group: its first row and its state.
    struct Group {
        var row: ContiguousArray<Value>
        var state: State
    }

    private var indexes: [GroupingKey: Int] = [:]
    private(set) var groups: [Group] = []

    /// The index of the group of `keyValues`, opening it with `open()` when it is new.
    mutating func index(of keyValues: [Value], open: () -> Group) -> Int {
        // One key (the usual case) is hashed as itself: wrapping it in a list would build an array per row.
        let key = keyValues.count == 1 ? GroupingKey(keyValues[0]) : GroupingKey(.list(keyValues))
        if let existing = indexes[key] { return existing }
        indexes[key] = groups.count
        groups.append(open())
        return groups.count - 1
    }

    /// Changes a group's state.
    mutating func update(_ index: Int, _ change: (inout State) -> Void) { change(&groups[index].state) }

    /// An aggregation without grouping keys over no rows still yields one row (count 0, sum 0, ...).
    mutating func ensureOneGroup(_ open: () -> Group) {
        if groups.isEmpty { groups.append(open()) }
    }

    /// Hands out the groups and empties the table.
    mutating func drain() -> [Group] {
        defer {
            groups = []
            indexes = [:]
        }
        return groups
    }
}
