import GraphModel

/// The memory a store's parts take, in bytes, estimated from the capacity of their arrays (a heap array
/// costs its elements, a 32-byte header and the allocator's rounding): what `tradegraph bench` reports, so
/// that the footprint of each part is visible as a graph grows, not only the process's peak.
public struct StoreFootprint: Sendable, Equatable {
    /// Property columns of nodes and of relationships, with the string pool.
    public let nodeProperties: Int, relationshipProperties: Int, stringPool: Int
    /// Both directions' adjacency lists and the lists of nodes per label.
    public let adjacency: Int, labelLists: Int
    /// Per element: labels and live flags of nodes; type, ends and live flags of relationships.
    public let elementArrays: Int
    /// Property indexes, type groupings of long adjacency lists and the name index, as built so far.
    public let indexes: Int

    /// All parts together.
    public var total: Int {
        nodeProperties + relationshipProperties + stringPool + adjacency + labelLists + elementArrays + indexes
    }

    /// The parts by name, in a fixed order, for reports.
    public var parts: [(name: String, bytes: Int)] {
        [("node properties", nodeProperties), ("relationship properties", relationshipProperties), ("string pool", stringPool),
         ("adjacency", adjacency), ("label lists", labelLists), ("element arrays", elementArrays), ("indexes", indexes)]
    }

    /// A heap allocation of `bytes` payload: header and malloc's 16-byte rounding with its 8-byte tag.
    static func heap(_ bytes: Int) -> Int { (bytes + 32 + 8 + 15) / 16 * 16 }

    /// An array's allocation (nothing for an empty one, which shares a static buffer); an array read in place
    /// from a mapped snapshot, its bytes of the mapping.
    static func array<Element>(_ array: StoreArray<Element>) -> Int {
        if array.isMapped { return array.count * MemoryLayout<Element>.stride }
        return array.capacity == 0 ? 0 : heap(array.capacity * MemoryLayout<Element>.stride)
    }

    /// A `Value` array's allocation.
    static func array(_ array: ContiguousArray<Value>) -> Int {
        array.capacity == 0 ? 0 : heap(array.capacity * MemoryLayout<Value>.stride)
    }

    /// A text's heap bytes: none for the up to 15 bytes Swift keeps inline.
    static func text(_ text: String) -> Int { text.utf8.count <= 15 ? 0 : heap(text.utf8.count) }
}

extension GraphStore {
    /// What the store's parts take now.
    public var footprint: StoreFootprint {
        let columns = { (columns: [PropertyColumn]) in columns.reduce(0) { $0 + $1.footprint } }
        settleAdjacency()
        let lists = { (lists: AdjacencyLists) in
            lists.changed.values.reduce(StoreFootprint.array(lists.offsets) + StoreFootprint.array(lists.entries)
                                        + StoreFootprint.heap(lists.changed.capacity * 16)) { $0 + StoreFootprint.array($1) }
        }
        let pooled = pool.strings.reduce(StoreFootprint.heap(pool.strings.count * 16)) { $0 + StoreFootprint.text($1) }
        return StoreFootprint(
            nodeProperties: columns(nodeColumns), relationshipProperties: columns(relationshipColumns),
            stringPool: pooled * 2,  // the texts and the dictionary from text to id, about the same again
            adjacency: lists(outgoing) + lists(incoming),
            labelLists: nodesByLabel.reduce(0) { $0 + StoreFootprint.array($1) },
            elementArrays: [StoreFootprint.array(nodeLabels), StoreFootprint.array(nodeAlive), StoreFootprint.array(relationshipType),
                            StoreFootprint.array(relationshipSource), StoreFootprint.array(relationshipTarget),
                            StoreFootprint.array(relationshipAlive)].reduce(0, +),
            indexes: indexFootprint)
    }

    private var indexFootprint: Int {
        let entry = MemoryLayout<Value>.stride + 8
        let properties = propertyIndexes.values.reduce(0) { total, index in
            index.nodes.reduce(total + StoreFootprint.heap(index.nodes.capacity * entry * 2)) { $0 + StoreFootprint.heap($1.value.count * 4) }
        }
        let typed = typedAdjacency.values.reduce(StoreFootprint.heap(typedAdjacency.capacity * 16)) { total, grouping in
            grouping.positions.values.reduce(total + StoreFootprint.heap(64)) { $0 + StoreFootprint.heap($1.count * 4) }
        }
        let names = nameIndex.map { index in index.entries.reduce(StoreFootprint.heap(index.entries.count * 24 * 3)) { $0 + StoreFootprint.text($1.folded) } } ?? 0
        return properties + typed + names
    }
}

extension PropertyColumn {
    /// The column's storage, in bytes (pooled texts counted in the pool).
    var footprint: Int {
        switch storage {
        case .strings(let ids): return StoreFootprint.array(ids)
        case .texts(let arena):
            return StoreFootprint.array(arena.bytes) + StoreFootprint.array(arena.starts) + StoreFootprint.array(arena.lengths)
        case .floats(let numbers): return StoreFootprint.array(numbers)
        case .ints(let numbers): return StoreFootprint.array(numbers)
        case .values(let values):
            return values.reduce(StoreFootprint.array(values)) { total, value in
                if case .string(let text) = value { return total + StoreFootprint.text(text) }
                if case .list(let items) = value { return total + StoreFootprint.heap(items.count * MemoryLayout<Value>.stride) }
                return total
            }
        }
    }
}
