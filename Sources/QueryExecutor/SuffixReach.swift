import GraphModel
import GraphStore
import QueryPlanner

/// The nodes from which the rest of a pattern can still be completed, worked out backwards from its far end
/// when that end is pinned by a constant (`...(m)-[:PARTNER]->(:Partner)-[:MEMBER_OF]->(g:PartnerGroup {name:
/// 'Group 3'})`): the few nodes the index gives for the far end, then each hop walked the other way with its
/// node's tests. The expansion that binds `m` then drops every candidate outside the set before looking at its
/// relationships — a semi-join, as a relational engine would do it, instead of walking the rest of the
/// pattern from each of tens of thousands of candidates only to fail at the last node.
///
/// The set ignores relationship uniqueness and any test it cannot run backwards, so it holds every node that
/// can complete a match and maybe more; the steps that follow still check each survivor in full.
final class SuffixReach {
    /// The hops after the binding step, in pattern order; the last one's node tests have a `seek`.
    private let hops: [(plan: ExpandStep, tests: NodeTests)]
    /// The set for the store version it was worked out at; `nil` inside when it was too large to pay.
    private var reach: (version: Int, nodes: NodeSet?)?
    /// Beyond this many nodes at the far end or on the way back, the set is not worth building: 65,536, or an
    /// eighth of the store's nodes when that is more. A fixed limit gave up exactly where the set pays most —
    /// at ten million measurements, Group 3's partners have 635,000, and without the set each of a quarter of a
    /// million candidates walked to its group (Q8 grew 45 times from 1M to 10M). Each hop's set is a bitmap of
    /// the store's size anyway, so the walk back costs at most about an eighth of a scan.
    private static func limit(_ store: GraphStore) -> Int { max(1 << 16, store.nodeCapacity / 8) }

    init?(_ hops: [(plan: ExpandStep, tests: NodeTests)]) {
        guard let last = hops.last, last.tests.seek != nil else { return nil }
        self.hops = hops
    }

    /// The set, worked out on first use and again after a write; `nil` when it would not pay.
    func nodes(_ frame: Frame) throws(QueryError) -> NodeSet? {
        let store = frame.context.store
        if let reach, reach.version == store.version { return reach.nodes }
        let nodes = try walkBack(frame)
        reach = (store.version, nodes)
        return nodes
    }

    private func walkBack(_ frame: Frame) throws(QueryError) -> NodeSet? {
        let store = frame.context.store
        guard let far = hops.last, let seek = far.tests.seek else { return nil }
        let limit = Self.limit(store)
        var frontier: [NodeID] = []
        for node in store.nodes(labeled: seek.label, where: seek.key, equals: try seek.value(frame))
        where try far.tests.passes(node, frame: frame) { frontier.append(node) }
        for position in hops.indices.reversed() {
            guard frontier.count <= limit else { return nil }
            try frame.context.checkCancelled(at: hops[position].plan.location)
            let hop = hops[position].plan, before = position > 0 ? hops[position - 1].tests : nil
            var reached = NodeSet(capacity: store.nodeCapacity), next: [NodeID] = []
            for node in frontier {
                try store.forEachRelationship(of: node, direction: hop.direction.reversed, passing: store.typeFilter(hop.types)) {
                    _, other throws(QueryError) -> Bool in
                    if !reached.contains(other), try before?.passes(other, frame: frame) ?? true {
                        reached.insert(other)
                        next.append(other)
                    }
                    return next.count <= limit
                }
            }
            frontier = next
        }
        guard frontier.count <= limit else { return nil }
        var set = NodeSet(capacity: store.nodeCapacity)
        for node in frontier { set.insert(node) }
        return set
    }
}

/// A set of nodes as one bit per node id: membership is a shift and a mask.
struct NodeSet {
    private var words: [UInt64]

    init(capacity: Int) { words = Array(repeating: 0, count: capacity / 64 + 1) }

    func contains(_ node: NodeID) -> Bool {
        let index = Int(node.index)
        return index / 64 < words.count && words[index / 64] & (1 << UInt64(index % 64)) != 0
    }

    mutating func insert(_ node: NodeID) {
        let index = Int(node.index)
        words[index / 64] |= 1 << UInt64(index % 64)
    }
}
