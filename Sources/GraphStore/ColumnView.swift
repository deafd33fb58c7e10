import GraphModel

/// A node property column opened for one loop over many nodes and read without a `Value` per node: a pooled
/// text column as pool codes (equal texts, equal codes), or a float column as doubles. What a scan that
/// filters and groups a million measurements by their metric and period reads.
public struct ColumnView: Sendable {
    @usableFromInline let codes: StoreArray<UInt32>
    @usableFromInline let numbers: StoreArray<Double>
    @usableFromInline let absentNumber: Double

    /// The view of a property no node has.
    public static let empty = ColumnView(codes: [])

    init(codes: StoreArray<UInt32>) {
        self.codes = codes
        numbers = []
        absentNumber = 0
    }

    init(numbers: StoreArray<Double>, absent: Double) {
        codes = []
        self.numbers = numbers
        absentNumber = absent
    }

    /// The code of the node's text; 0 when it has none.
    @inlinable
    public func code(of node: NodeID) -> UInt32 {
        let index = Int(node.index)
        return index < codes.count ? codes[index] : 0
    }

    /// The nodes among `nodes` whose code is `code`, in their order: one loop over raw buffers without a branch
    /// on the outcome (each node is written, and kept by counting it), a nanosecond or two a node, for narrowing
    /// a million nodes by a property.
    public func nodes(_ nodes: [NodeID], withCode code: UInt32) -> [NodeID] {
        codes.withUnsafeBufferPointer { codes in
            nodes.withUnsafeBufferPointer { candidates in
                [NodeID](unsafeUninitializedCapacity: candidates.count) { kept, count in
                    for node in candidates {
                        let index = Int(node.index)
                        kept[count] = node
                        count += index < codes.count && codes[index] == code ? 1 : 0
                    }
                }
            }
        }
    }

    /// The node's float; `nil` when it has none.
    @inlinable
    public func float(of node: NodeID) -> Double? {
        let index = Int(node.index)
        guard index < numbers.count, numbers[index].bitPattern != absentNumber.bitPattern else { return nil }
        return numbers[index]
    }
}

extension GraphStore {
    /// The column of a node property as pool codes, when every value it holds is a pooled text.
    public func pooledTextColumn(_ key: PropertyKey) -> ColumnView? {
        nodeColumns[key.id].pooledCodes.map { ColumnView(codes: $0) }
    }

    /// The column of a node property as doubles, when every value it holds is a float.
    public func floatColumn(_ key: PropertyKey) -> ColumnView? {
        nodeColumns[key.id].floatNumbers.map { ColumnView(numbers: $0.numbers, absent: $0.absent) }
    }

    /// The pool code a text has in every pooled column; `nil` when no property holds it.
    public func code(of text: PooledText) -> UInt32? { text.id.map { $0 + 1 } }

    /// The text of a pool code that `ColumnView.code(of:)` gave (not 0).
    public func text(ofCode code: UInt32) -> String { pool[code - 1] }
}
