import GraphModel
import GraphStore

/// One row being processed, with everything expressions need to evaluate against it.
///
/// A frame belongs to one running statement on one thread and no evaluation holds an access to its row
/// across another, so its variables skip the runtime exclusivity check, which every slot read and write paid.
final class Frame {
    /// The slots of the row.
    @exclusivity(unchecked) var row: ContiguousArray<Value>
    /// The shared state of the running statement.
    let context: ExecutionContext
    /// Results of the aggregate calls of the item being evaluated (aggregating projections only).
    @exclusivity(unchecked) var aggregates: [Value] = []

    init(slotCount: Int, context: ExecutionContext) {
        row = ContiguousArray(repeating: .null, count: slotCount)
        self.context = context
    }

    /// A frame over a copy of another's row, for evaluating without disturbing it.
    init(copying other: Frame) {
        row = other.row
        context = other.context
        aggregates = other.aggregates
    }
}

/// What a statement shares while it runs: the graph, the parameters, the cancellation flag, the counts of
/// what it changed, and the number of row slots handed out so far.
final class ExecutionContext {
    let store: GraphStore
    let parameters: [String: Value]
    let cancellation: Cancellation
    var changes = ChangeCounts()
    var warnings: [String] = []
    /// Slots used by the part being compiled; locals of comprehensions and sub-patterns take more.
    var slotCount: Int
    /// Unchecked for exclusivity like `Frame`'s variables: it is counted once per matched step.
    @exclusivity(unchecked) private var ticks = 0

    init(store: GraphStore, parameters: [String: Value], cancellation: Cancellation, slotCount: Int) {
        self.store = store
        self.parameters = parameters
        self.cancellation = cancellation
        self.slotCount = slotCount
    }

    /// A fresh slot beyond the plan's.
    func newSlot() -> Int {
        slotCount += 1
        return slotCount - 1
    }

    /// Throws when the user asked to stop; cheap enough to call in every loop.
    func checkCancelled(at location: SourceLocation) throws(QueryError) {
        ticks &+= 1
        if ticks & 0x3FF == 0, cancellation.isCancelled { throw QueryError("query cancelled", at: location) }
    }
}

/// A compiled expression: evaluates against a frame.
typealias Evaluator = (Frame) throws(QueryError) -> Value
