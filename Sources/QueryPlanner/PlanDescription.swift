import GraphStore
import QueryAST

/// The plan as lines of text, for `EXPLAIN`: which operator runs, where matching starts and which filters
/// run where — enough to see whether a query seeks an index or scans a label.
extension QueryPlan {
    /// One line per operator and step, indented.
    public var descriptionLines: [String] {
        var lines: [String] = []
        for (index, part) in parts.enumerated() {
            if index > 0 { lines.append(unionAll[index - 1] ? "UNION ALL" : "UNION") }
            for op in part.operators { lines += Self.describe(op) }
        }
        return lines
    }

    private static func describe(_ op: PlanOperator) -> [String] {
        switch op {
        case .match(let plan):
            let name = plan.scope.slots.reduce(into: [Int: String]()) { $0[$1.value] = $1.key }
            return [plan.optional ? "OptionalMatch" : "Match"] + plan.steps.map { "  " + describe($0, name) }
        case .unwind(let list, _, _): return ["Unwind \(list.text)"]
        case .projection(let plan):
            var text = (plan.aggregates ? "Aggregate " : "Project ") + plan.items.map(\.name).joined(separator: ", ")
            if plan.distinct { text += " DISTINCT" }
            if !plan.orderBy.isEmpty { text += " ORDER BY " + plan.orderBy.map(\.expression.text).joined(separator: ", ") }
            if let skip = plan.skip { text += " SKIP \(skip.text)" }
            if let limit = plan.limit { text += " LIMIT \(limit.text)" }
            if let predicate = plan.predicate { text += " WHERE \(predicate.text)" }
            return [text]
        case .create: return ["Create"]
        case .merge: return ["Merge"]
        case .set: return ["Set"]
        case .delete: return ["Delete"]
        case .remove: return ["Remove"]
        }
    }

    private static func describe(_ step: MatchStep, _ name: [Int: String]) -> String {
        func n(_ slot: Int) -> String { name[slot] ?? "_\(slot)" }
        switch step {
        case .scan(let slot, let label): return label.map { "NodeByLabelScan (\(n(slot)):\($0))" } ?? "AllNodesScan (\(n(slot)))"
        case .seek(let slot, let label, let key, let values):
            let node = "\(n(slot))\(label.map { ":" + $0 } ?? "")"
            guard values.count == 1 else { return "NodeIndexSeek (\(node)) \(n(slot)).\(key) IN [\(values.map(\.text).joined(separator: ", "))]" }
            return "NodeIndexSeek (\(node) {\(key): \(values[0].text)})"
        case .nodeFilter(let slot, let labels, let properties):
            let text = labels.map { ":" + $0.joined(separator: "|") }.joined() + (properties.isEmpty ? "" : " {" + properties.map(\.key).joined(separator: ", ") + "}")
            return "NodeFilter (\(n(slot))\(text))"
        case .expand(let expand):
            let types = expand.types.isEmpty ? "" : ":" + expand.types.joined(separator: "|")
            let hops = expand.hops.map { "*\($0.lowerBound)..\($0.upperBound)" } ?? ""
            let arrow = expand.direction == .outgoing ? "->" : "-"
            let back = expand.direction == .incoming ? "<-" : "-"
            return "Expand\(expand.toIsBound ? "Into" : "") (\(n(expand.from)))\(back)[\(types)\(hops)]\(arrow)(\(n(expand.to)))"
        case .shortestPath(let step): return "ShortestPath (\(n(step.from)))-[*\(step.hops.lowerBound)..\(step.hops.upperBound)]-(\(n(step.to)))"
        case .filter(let predicate): return "Filter \(predicate.text)"
        case .bindPath(let slot, _, _): return "BindPath \(n(slot))"
        }
    }
}
