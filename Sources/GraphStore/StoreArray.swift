/// An array of plain values (no references) that is either its own heap memory or a stretch of a mapped
/// snapshot read in place: what the store's large arrays are, so that opening a snapshot of ten million
/// measurements costs a pointer per array instead of a copy of gigabytes. Reading is a pointer and a bounds
/// check; the first write to an array read in place copies it to the heap (the mapping is read-only and may
/// be shared), as does a write to an array whose memory another copy shares.
public struct StoreArray<Element>: RandomAccessCollection, MutableCollection, RangeReplaceableCollection {
    @usableFromInline var memory: StoreMemory
    @usableFromInline var base: UnsafeMutablePointer<Element>
    /// How many elements the array holds.
    public private(set) var count: Int

    /// An empty array.
    public init() {
        precondition(_isPOD(Element.self), "a store array holds plain values only")
        memory = StoreMemory.empty
        base = memory.base.assumingMemoryBound(to: Element.self)
        count = 0
    }

    /// `count` elements read in place at `start`, which `owner` keeps valid and which must be aligned for them.
    init(mapped start: UnsafeRawPointer, count: Int, owner: AnyObject) {
        precondition(_isPOD(Element.self), "a store array holds plain values only")
        memory = StoreMemory(mapped: start, bytes: count * MemoryLayout<Element>.stride, owner: owner)
        base = memory.base.assumingMemoryBound(to: Element.self)
        self.count = count
    }

    /// The elements whose memory `raw` holds, copied (`raw` need not be aligned for them).
    init(copying raw: UnsafeRawBufferPointer) {
        self.init()
        let count = raw.count / MemoryLayout<Element>.stride
        makeWritable(capacity: count)
        if let start = raw.baseAddress { UnsafeMutableRawPointer(base).copyMemory(from: start, byteCount: count * MemoryLayout<Element>.stride) }
        self.count = count
    }

    /// The elements of a sequence.
    public init<S: Sequence>(_ elements: S) where S.Element == Element {
        self.init()
        append(contentsOf: elements)
    }

    /// `count` copies of one value.
    public init(repeating element: Element, count: Int) {
        self.init()
        append(contentsOf: repeatElement(element, count: count))
    }

    /// 0: positions are offsets, as in `Array`.
    public var startIndex: Int { 0 }
    /// `count`.
    public var endIndex: Int { count }

    /// How many elements fit before the array must grow (0 for one read in place).
    var capacity: Int { memory.isMapped ? 0 : memory.bytes / Swift.max(MemoryLayout<Element>.stride, 1) }

    /// Whether the elements are a mapped file's bytes rather than heap memory.
    var isMapped: Bool { memory.isMapped }

    /// The element at a position in `0 ..< count`; setting it first makes the array's memory its own.
    @inlinable
    public subscript(index: Int) -> Element {
        get {
            precondition(index >= 0 && index < count, "store array index out of range")
            return base[index]
        }
        set {
            precondition(index >= 0 && index < count, "store array index out of range")
            makeWritable(capacity: count)
            base[index] = newValue
        }
    }

    /// Calls `body` with the elements as a buffer, valid only during the call.
    @inlinable
    public func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// The elements as a buffer, for copying them at once (`append(contentsOf:)` of one store array to another).
    public func withContiguousStorageIfAvailable<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result) rethrows -> Result? {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Calls `body` with the elements as a writable buffer (the array made its own first), valid only during the call.
    mutating func withUnsafeMutableBuffer<Result>(_ body: (UnsafeMutableBufferPointer<Element>) throws -> Result) rethrows -> Result {
        makeWritable(capacity: count)
        return try body(UnsafeMutableBufferPointer(start: base, count: count))
    }

    /// The elements' memory, valid only during the call.
    func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: base, count: count * MemoryLayout<Element>.stride))
    }

    /// Makes room for `capacity` elements in all.
    public mutating func reserveCapacity(_ capacity: Int) {
        makeWritable(capacity: Swift.max(capacity, count))
    }

    /// Adds an element at the end.
    public mutating func append(_ element: Element) {
        if count >= capacity || !isKnownUniquelyReferenced(&memory) { makeWritable(capacity: grown(count + 1)) }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Adds the elements of a sequence at the end.
    public mutating func append<S: Sequence>(contentsOf elements: S) where S.Element == Element {
        let copied: Void? = elements.withContiguousStorageIfAvailable { buffer in
            makeWritable(capacity: count + buffer.count > capacity ? grown(count + buffer.count) : capacity)
            if let start = buffer.baseAddress { (base + count).initialize(from: start, count: buffer.count) }
            count += buffer.count
        }
        guard copied == nil else { return }
        makeWritable(capacity: Swift.max(capacity, count + elements.underestimatedCount))
        for element in elements {
            if count == capacity { makeWritable(capacity: grown(count + 1)) }
            (base + count).initialize(to: element)
            count += 1
        }
    }

    /// Replaces a range of elements by others, building the array anew: writes in the middle are rare.
    public mutating func replaceSubrange<C: Collection>(_ range: Range<Int>, with elements: C) where C.Element == Element {
        var result = StoreArray()
        result.reserveCapacity(count - range.count + elements.count)
        result.append(contentsOf: self[..<range.lowerBound])
        result.append(contentsOf: elements)
        result.append(contentsOf: self[range.upperBound...])
        self = result
    }

    /// Removes every element that matches, keeping the order of the rest.
    public mutating func removeAll(where matches: (Element) throws -> Bool) rethrows {
        makeWritable(capacity: count)
        var kept = 0
        for index in 0..<count where try !matches(base[index]) {
            base[kept] = base[index]
            kept += 1
        }
        count = kept
    }

    /// Ensures the array owns heap memory no one else shares, with room for `capacity` elements.
    @usableFromInline
    mutating func makeWritable(capacity wanted: Int) {
        if !memory.isMapped && isKnownUniquelyReferenced(&memory) && wanted <= capacity { return }
        let moved = StoreMemory(heapBytes: Swift.max(wanted, count) * MemoryLayout<Element>.stride,
                                alignment: MemoryLayout<Element>.alignment)
        moved.base.copyMemory(from: base, byteCount: count * MemoryLayout<Element>.stride)
        memory = moved
        base = moved.base.assumingMemoryBound(to: Element.self)
    }

    private func grown(_ needed: Int) -> Int { Swift.max(needed, 2 * capacity, 16) }
}

extension StoreArray: ExpressibleByArrayLiteral {
    /// An array of the listed elements.
    public init(arrayLiteral elements: Element...) { self.init(elements) }
}

extension StoreArray: @unchecked Sendable where Element: Sendable {}

/// The memory behind `StoreArray`s: a heap allocation, freed with the last array that uses it, or a stretch of
/// a mapped file, which `owner` (the mapping) keeps valid while any array reads it.
@usableFromInline
final class StoreMemory: @unchecked Sendable {
    /// The memory of every empty array.
    static let empty = StoreMemory(heapBytes: 0, alignment: 16)

    @usableFromInline let base: UnsafeMutableRawPointer
    /// Size in bytes.
    let bytes: Int
    /// The mapping read in place; `nil` for heap memory.
    private let owner: AnyObject?

    init(heapBytes: Int, alignment: Int) {
        base = UnsafeMutableRawPointer.allocate(byteCount: Swift.max(heapBytes, 1), alignment: Swift.max(alignment, 16))
        bytes = heapBytes
        owner = nil
    }

    init(mapped start: UnsafeRawPointer, bytes: Int, owner: AnyObject) {
        base = UnsafeMutableRawPointer(mutating: start)
        self.bytes = bytes
        self.owner = owner
    }

    var isMapped: Bool { owner != nil }

    deinit {
        if owner == nil { base.deallocate() }
    }
}
