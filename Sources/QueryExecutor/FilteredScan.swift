import GraphModel
import GraphStore
import QueryPlanner

/// A label scan or an index seek followed by the label and property tests on the node it binds
/// (`MATCH (m:Measurement {period: '2025-Q1'}) WHERE m.metric = 'yoy_growth'`): the candidates are narrowed
/// by `NodeTests` a batch at a time, and only the survivors are bound and handed on, in the same order as
/// the steps one by one would give.
final class FilteredScan {
    private let slot: Int
    /// The scan or seek.
    private let source: CompiledMatchStep
    private let tests: NodeTests
    /// Whether every candidate carries the tested labels already (a scan or seek of that very label).
    private let labelsGuaranteed: Bool

    /// Fuses `step` with the tests that follow it, when it is a scan or a seek of the tests' node.
    init?(_ step: CompiledMatchStep, tests: NodeTests) {
        let label: String?
        switch step {
        case .scan(let slot, let scanned): (self.slot, label) = (slot, scanned)
        case .seek(let slot, let sought, _, _): (self.slot, label) = (slot, sought)
        default: return nil
        }
        guard tests.slot == slot else { return nil }
        source = step
        labelsGuaranteed = label.map { tests.labelGroups == [[$0]] } ?? false
        self.tests = tests
    }

    /// Binds every candidate that passes, calling `next` for each; stops when it returns false.
    func run(_ frame: Frame, location: SourceLocation, _ next: () throws(QueryError) -> Bool) throws(QueryError) -> Bool {
        guard let (_, nodes) = try source.candidates(frame) else { return true }
        for batch in stride(from: 0, to: nodes.count, by: NodeTests.batchSize) {
            try frame.context.checkCancelled(at: location)
            let range = batch..<min(batch + NodeTests.batchSize, nodes.count)
            for position in try tests.passing(nodes, in: range, frame: frame, labelsGuaranteed: labelsGuaranteed) {
                frame.row[slot] = .node(nodes[Int(position)])
                guard try next() else { return false }
            }
        }
        return true
    }

    /// Binds the candidates that pass a batch at a time and hands each batch to `expansion`, a hop from this
    /// scan's node, which follows the relationships of the whole batch in passes: the rows, and their order,
    /// are those of `run` followed by the hop for each candidate.
    func run(_ frame: Frame, location: SourceLocation, expandingWith expansion: FilteredExpansion, _ used: inout [RelationshipID],
             _ next: (inout [RelationshipID]) throws(QueryError) -> Bool) throws(QueryError) -> Bool {
        guard let (_, nodes) = try source.candidates(frame) else { return true }
        for batch in stride(from: 0, to: nodes.count, by: NodeTests.batchSize) {
            try frame.context.checkCancelled(at: location)
            let range = batch..<min(batch + NodeTests.batchSize, nodes.count)
            let passing = try tests.passing(nodes, in: range, frame: frame, labelsGuaranteed: labelsGuaranteed).map { nodes[Int($0)] }
            guard try expansion.run(from: passing, frame, &used, next) else { return false }
        }
        return true
    }

    /// Whether `expansion` starts from the node this scan binds and can take it a batch at a time.
    func canHand(to expansion: FilteredExpansion) -> Bool {
        expansion.plan.from == slot && expansion.followsBatches
    }
}
