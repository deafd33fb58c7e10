import GraphModel
import GraphStore
import QueryAST
import QueryPlanner

/// `MATCH (v:Label) WHERE v.a = 'x' AND ... RETURN v.k, sum(v.p), count(*) ...`: a label scan (or a seek on
/// a text) whose filters are property-equals-text tests, grouped by properties of the same node and aggregated with count, sum or
/// avg over float properties. Recognised from a match and the aggregating projection after it, and then run
/// as one loop over the label's nodes that reads columns directly, instead of pushing a million frames
/// through the match and aggregate stages (Q6: a full scan of the measurements).
struct ColumnarAggregation {
    /// One aggregate call: `count`, `sum` or `avg`; `access` is `nil` for `count(*)`.
    struct Call {
        let function: String
        let access: PropertyAccess?
    }

    let slot: Int
    let label: String
    let filters: [(access: PropertyAccess, text: PooledLiteral)]
    let keys: [(slot: Int, access: PropertyAccess)]
    /// One per aggregate item, in item order (the order the items' evaluators number them).
    let calls: [Call]

    /// The shape, when the match and projection have it; `nil` sends them down the general path.
    init?(match: MatchPlan, projection: ProjectionPlan, store: GraphStore) {
        guard !match.optional, projection.aggregates, let first = match.steps.first else { return nil }
        let slot: Int, label: String
        var filters: [(access: PropertyAccess, text: PooledLiteral)] = []
        switch first {
        case .scan(let scanned, let scannedLabel?): (slot, label) = (scanned, scannedLabel)
        case .seek(let sought, let soughtLabel?, let key, let values):
            // A seek on a text is a scan with one more filter; the loop tests it as cheaply as it reads the index.
            guard values.count == 1, case .literal(.string(let text)) = values[0].kind else { return nil }
            (slot, label) = (sought, soughtLabel)
            filters.append((PropertyAccess(key), PooledLiteral(text, in: store)))
        default: return nil
        }
        func isScanned(_ expression: QueryAST.Expression, in scope: Scope) -> String? {
            guard case .property(let subject, let key) = expression.kind, case .variable(let name) = subject.kind,
                  scope.slot(of: name) == slot else { return nil }
            return key
        }
        func conjuncts(_ expression: QueryAST.Expression) -> Bool {
            switch expression.kind {
            case .binary(.and, let left, let right): return conjuncts(left) && conjuncts(right)
            case .binary(.equal, let left, let right):
                for (property, literal) in [(left, right), (right, left)] {
                    if let key = isScanned(property, in: match.scope), case .literal(.string(let text)) = literal.kind {
                        filters.append((PropertyAccess(key), PooledLiteral(text, in: store)))
                        return true
                    }
                }
                return false
            default: return false
            }
        }
        for step in match.steps.dropFirst() {
            switch step {
            case .filter(let predicate) where conjuncts(predicate): continue
            case .nodeFilter(slot, let labels, let properties) where properties.isEmpty && labels.allSatisfy({ $0.contains(label) }):
                continue
            default: return nil
            }
        }
        var keys: [(slot: Int, access: PropertyAccess)] = [], calls: [Call] = []
        for item in projection.items {
            if let key = isScanned(item.expression, in: projection.inputScope) {
                keys.append((item.slot, PropertyAccess(key)))
                continue
            }
            switch item.expression.kind {
            case .countStar: calls.append(Call(function: "count", access: nil))
            case .function(let name, false, let arguments) where ["count", "sum", "avg"].contains(name.lowercased()):
                guard arguments.count == 1, let key = isScanned(arguments[0], in: projection.inputScope) else { return nil }
                let function = name.lowercased()
                if function != "count" {
                    guard let handle = store.propertyKey(key), store.nodePropertyHoldsOnlyFloats(handle) else { return nil }
                }
                calls.append(Call(function: function, access: PropertyAccess(key)))
            default: return nil
            }
        }
        (self.slot, self.label, self.filters, self.keys, self.calls) = (slot, label, filters, keys, calls)
    }
}
