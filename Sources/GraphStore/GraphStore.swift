import GraphModel

/// An in-memory property graph: nodes with labels and properties, typed directed relationships with
/// properties, adjacency in both directions, and indexes for the lookups a query planner starts from.
///
/// Elements are dense integer ids into arrays; deleted elements leave a tombstone so ids stay stable for
/// the rest of a session. Labels are a 64-bit set per node, which bounds a graph to 64 distinct labels.
///
/// The store is used from one thread and no method lets two accesses to one property overlap, so its stored
/// properties skip the runtime exclusivity check (`@exclusivity(unchecked)`): the check, a thread-local
/// access-set insertion per read and write, was 12 % of a load's time and a fixed cost per row in queries.
public final class GraphStore {
    @exclusivity(unchecked) var labelNames = SymbolTable()
    @exclusivity(unchecked) var typeNames = SymbolTable()
    @exclusivity(unchecked) var keyNames = SymbolTable()
    @exclusivity(unchecked) var pool = StringPool()

    @exclusivity(unchecked) var nodeLabels: StoreArray<UInt64> = []
    @exclusivity(unchecked) var nodeAlive: StoreArray<Bool> = []
    @exclusivity(unchecked) var outgoing = AdjacencyLists()
    @exclusivity(unchecked) var incoming = AdjacencyLists()
    /// Whether relationships were added in a block (or so many lists changed) that `outgoing` and `incoming`
    /// are to be built again from the relationship arrays before they are read (`settleAdjacency()`).
    @exclusivity(unchecked) var adjacencyStale = false
    @exclusivity(unchecked) var nodeColumns: [PropertyColumn] = []
    @exclusivity(unchecked) var nodesByLabel: [StoreArray<NodeID>] = []

    @exclusivity(unchecked) var relationshipType: StoreArray<Int32> = []
    @exclusivity(unchecked) var relationshipSource: StoreArray<NodeID> = []
    @exclusivity(unchecked) var relationshipTarget: StoreArray<NodeID> = []
    @exclusivity(unchecked) var relationshipAlive: StoreArray<Bool> = []
    @exclusivity(unchecked) var relationshipColumns: [PropertyColumn] = []
    @exclusivity(unchecked) var relationshipTypeCountsByID: [Int] = []
    /// Per relationship type, the labels every start node (`2 * type`) and every end node (`2 * type + 1`) of
    /// its relationships carries — kept as relationships are added, cleared when a label is removed — so that a
    /// label test the type already guarantees (every `PARTNER` starts at a `Measurement`) is skipped.
    @exclusivity(unchecked) var relationshipEndLabels: [UInt64] = []

    /// Live nodes.
    @exclusivity(unchecked) public internal(set) var nodeCount = 0
    /// Live relationships.
    @exclusivity(unchecked) public internal(set) var relationshipCount = 0
    /// Grows with every write (and every new key or type): a plan made at one version is stale at another.
    @exclusivity(unchecked) public internal(set) var version = 0

    @exclusivity(unchecked) var propertyIndexes: [PropertyIndex.Key: PropertyIndex] = [:]
    /// Long adjacency lists grouped by type, by `adjacencyKey`, built as walks ask for them.
    @exclusivity(unchecked) var typedAdjacency: [Int: TypedAdjacency] = [:]
    @exclusivity(unchecked) var nameIndex: NameIndex?

    /// Creates an empty graph.
    public init() {}

    /// Every live node, in creation order.
    public var nodes: some Sequence<NodeID> {
        (0..<nodeAlive.count).lazy.filter { self.nodeAlive[$0] }.map { NodeID(Int32($0)) }
    }

    /// Every live relationship, in creation order.
    public var relationships: some Sequence<RelationshipID> {
        (0..<relationshipAlive.count).lazy.filter { self.relationshipAlive[$0] }.map { RelationshipID(Int32($0)) }
    }

    /// One more than the highest node id ever given out: the size of a table indexed by node id.
    public var nodeCapacity: Int { nodeAlive.count }

    /// Whether the node exists and was not deleted.
    public func contains(_ node: NodeID) -> Bool {
        node.index >= 0 && Int(node.index) < nodeAlive.count && nodeAlive[Int(node.index)]
    }

    /// Whether the relationship exists and was not deleted.
    public func contains(_ relationship: RelationshipID) -> Bool {
        let index = Int(relationship.index)
        return index >= 0 && index < relationshipAlive.count && relationshipAlive[index]
    }

    // MARK: Nodes

    /// The node's labels, in the order they were first used in the graph.
    public func labels(of node: NodeID) -> [String] {
        let set = nodeLabels[Int(node.index)]
        return labelNames.names.indices.filter { set & (1 << UInt64($0)) != 0 }.map { labelNames.names[$0] }
    }

    /// Whether the node carries the label.
    public func hasLabel(_ node: NodeID, _ label: String) -> Bool {
        guard let id = labelNames.id(of: label) else { return false }
        return nodeLabels[Int(node.index)] & (1 << UInt64(id)) != 0
    }

    /// One property of a node; `.null` when absent.
    public func property(_ key: String, of node: NodeID) -> Value {
        guard let id = keyNames.id(of: key) else { return .null }
        return nodeColumns[id].value(at: Int(node.index), pool: pool)
    }

    /// All properties of a node, keys sorted.
    public func properties(of node: NodeID) -> [(key: String, value: Value)] {
        present(in: nodeColumns, at: Int(node.index))
    }

    /// Relationships leaving (`.outgoing`), entering (`.incoming`) or touching the node (each self-loop once),
    /// optionally of some types.
    public func relationships(of node: NodeID, direction: Adjacency, types: [String] = []) -> [RelationshipID] {
        let typeIDs = types.compactMap { typeNames.id(of: $0) }.map(Int32.init)
        if !types.isEmpty && typeIDs.isEmpty { return [] }
        let index = Int(node.index)
        settleAdjacency()
        var result: [RelationshipID] = []
        // Touching the node, a self-loop is listed once: openCypher matches `(a)-[r]-(a)` once per loop.
        func add(_ list: AdjacencyList, skippingLoops: Bool) {
            for entry in list where (typeIDs.isEmpty || typeIDs.contains(relationshipType[Int(entry.relationship.index)])) && !(skippingLoops && entry.other == node) {
                result.append(entry.relationship)
            }
        }
        if direction != .incoming { add(outgoing.list(of: index), skippingLoops: false) }
        if direction != .outgoing { add(incoming.list(of: index), skippingLoops: direction == .either) }
        return result
    }

    /// How many relationships a node has in a direction: the planner's cost estimate for expanding from it.
    public func degree(of node: NodeID, direction: Adjacency) -> Int {
        let index = Int(node.index)
        settleAdjacency()
        switch direction {
        case .outgoing: return outgoing.count(of: index)
        case .incoming: return incoming.count(of: index)
        case .either: return outgoing.count(of: index) + incoming.count(of: index)
        }
    }

    // MARK: Relationships

    /// The relationship's type.
    public func type(of relationship: RelationshipID) -> String {
        typeNames.names[Int(relationshipType[Int(relationship.index)])]
    }

    /// The node the relationship starts at.
    public func source(of relationship: RelationshipID) -> NodeID { relationshipSource[Int(relationship.index)] }

    /// The node the relationship ends at.
    public func target(of relationship: RelationshipID) -> NodeID { relationshipTarget[Int(relationship.index)] }

    /// One property of a relationship; `.null` when absent.
    public func property(_ key: String, of relationship: RelationshipID) -> Value {
        guard let id = keyNames.id(of: key) else { return .null }
        return relationshipColumns[id].value(at: Int(relationship.index), pool: pool)
    }

    /// All properties of a relationship, keys sorted.
    public func properties(of relationship: RelationshipID) -> [(key: String, value: Value)] {
        present(in: relationshipColumns, at: Int(relationship.index))
    }

    private func present(in columns: [PropertyColumn], at index: Int) -> [(key: String, value: Value)] {
        columns.indices.filter { columns[$0].hasValue(at: index) }
            .map { (keyNames.names[$0], columns[$0].value(at: index, pool: pool)) }
            .sorted { $0.key < $1.key }
    }
}

/// Which of a node's relationships to follow: those leaving it, those entering it, or both.
public enum Adjacency: Sendable, Equatable {
    /// Relationships that start at the node.
    case outgoing
    /// Relationships that end at the node.
    case incoming
    /// Both.
    case either

    /// The way back: outgoing and incoming swapped.
    public var reversed: Adjacency {
        switch self {
        case .outgoing: return .incoming
        case .incoming: return .outgoing
        case .either: return .either
        }
    }
}
