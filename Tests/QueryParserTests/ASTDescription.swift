import GraphModel
import QueryAST

/// A compact S-expression rendering of the syntax tree, so that tests state the expected tree in one line.
/// Patterns render as normalised Cypher, which reads better than nested lists.
enum ASTDescription {
    static func of(_ statement: Statement) -> String {
        var parts = statement.parts.map { "(query " + $0.clauses.map(of).joined(separator: " ") + ")" }
        for (index, all) in statement.unionAll.enumerated().reversed() {
            parts.insert(all ? "UNION ALL" : "UNION", at: index + 1)
        }
        return (statement.explain ? "EXPLAIN " : "") + parts.joined(separator: " ")
    }

    static func of(_ clause: Clause) -> String {
        switch clause {
        case .match(let match):
            return "(\(match.optional ? "optional-match" : "match") \(match.patterns.map(of).joined(separator: ", "))"
                + (match.predicate.map { " where " + of($0) } ?? "") + ")"
        case .unwind(let unwind): return "(unwind \(of(unwind.list)) \(unwind.variable))"
        case .with(let projection): return "(with" + of(projection) + ")"
        case .return(let projection): return "(return" + of(projection) + ")"
        case .create(let create): return "(create \(create.patterns.map(of).joined(separator: ", ")))"
        case .merge(let merge):
            return "(merge \(of(merge.pattern))" + (merge.onCreate.isEmpty ? "" : " on-create " + of(merge.onCreate))
                + (merge.onMatch.isEmpty ? "" : " on-match " + of(merge.onMatch)) + ")"
        case .set(let set): return "(set \(of(set.items)))"
        case .delete(let delete): return "(\(delete.detach ? "detach-delete" : "delete") \(list(delete.targets)))"
        case .remove(let remove): return "(remove \(remove.items.map(of).joined(separator: " ")))"
        }
    }

    private static func of(_ projection: ProjectionClause) -> String {
        var text = projection.distinct ? " distinct" : ""
        if projection.includesAll { text += " *" }
        for item in projection.items { text += " " + of(item.expression) + (item.alias.map { " AS " + $0 } ?? "") }
        if !projection.orderBy.isEmpty {
            text += " order " + projection.orderBy.map { of($0.expression) + ($0.ascending ? "" : " desc") }
                .joined(separator: ", ")
        }
        if let skip = projection.skip { text += " skip " + of(skip) }
        if let limit = projection.limit { text += " limit " + of(limit) }
        if let predicate = projection.predicate { text += " where " + of(predicate) }
        return text
    }

    private static func of(_ items: [SetItem]) -> String {
        items.map { item in
            switch item {
            case .property(let target, let key, let value): return "(= (. \(of(target)) \(key)) \(of(value)))"
            case .properties(let variable, let value, let merge): return "(\(merge ? "+=" : "=") \(variable) \(of(value)))"
            case .labels(let variable, let labels): return "(: \(variable) \(labels.joined(separator: " ")))"
            }
        }.joined(separator: " ")
    }

    private static func of(_ item: RemoveItem) -> String {
        switch item {
        case .property(let target, let key): return "(. \(of(target)) \(key))"
        case .labels(let variable, let labels): return "(: \(variable) \(labels.joined(separator: " ")))"
        }
    }

    static func of(_ part: PatternPart) -> String {
        var text = of(part.element)
        switch part.shortest {
        case .one: text = "shortestPath(\(text))"
        case .all: text = "allShortestPaths(\(text))"
        case nil: break
        }
        return (part.pathVariable.map { $0 + " = " } ?? "") + text
    }

    static func of(_ element: PatternElement) -> String {
        element.steps.reduce(of(element.start)) { text, step in text + of(step.relationship) + of(step.node) }
    }

    private static func of(_ node: NodePattern) -> String {
        let labels = node.labels.map { ":" + $0.joined(separator: "|") }.joined()
        return "(\(node.variable ?? "")\(labels)\(node.properties.map { " " + of($0) } ?? ""))"
    }

    private static func of(_ relationship: RelationshipPattern) -> String {
        var detail = relationship.variable ?? ""
        if !relationship.types.isEmpty { detail += ":" + relationship.types.joined(separator: "|") }
        if let length = relationship.length {
            let bound = { (value: Int?) in value.map(String.init) ?? "" }
            detail += length.minimum == length.maximum && length.minimum != nil
                ? "*\(bound(length.minimum))" : "*\(bound(length.minimum))..\(bound(length.maximum))"
        }
        if let properties = relationship.properties { detail += " " + of(properties) }
        switch relationship.direction {
        case .outgoing: return "-[\(detail)]->"
        case .incoming: return "<-[\(detail)]-"
        case .either: return "-[\(detail)]-"
        }
    }

    private static func list(_ expressions: [Expression]) -> String { expressions.map(of).joined(separator: " ") }

    static func of(_ expression: Expression) -> String {
        switch expression.kind {
        case .literal(let value): return of(value)
        case .list(let elements): return "[" + list(elements) + "]"
        case .map(let entries): return "{" + entries.map { "\($0.key): \(of($0.value))" }.joined(separator: ", ") + "}"
        case .parameter(let name): return "$" + name
        case .variable(let name): return name
        case .property(let subject, let key): return "(. \(of(subject)) \(key))"
        case .subscript(let subject, let index): return "([] \(of(subject)) \(of(index)))"
        case .slice(let subject, let from, let to):
            return "([..] \(of(subject)) \(from.map(of) ?? "_") \(to.map(of) ?? "_"))"
        case .hasLabels(let subject, let labels): return "(: \(of(subject)) \(labels.joined(separator: " ")))"
        case .unary(let op, let operand): return "(\(op.rawValue) \(of(operand)))"
        case .binary(let op, let left, let right): return "(\(op.rawValue) \(of(left)) \(of(right)))"
        case .isNull(let operand, let negated): return "(\(negated ? "IS NOT NULL" : "IS NULL") \(of(operand)))"
        case .countStar: return "count(*)"
        case .function(let name, let distinct, let arguments):
            return "(call \(name)\(distinct ? " distinct" : "")\(arguments.isEmpty ? "" : " " + list(arguments)))"
        default: return compound(expression)
        }
    }

    private static func compound(_ expression: Expression) -> String {
        switch expression.kind {
        case .caseWhen(let subject, let branches, let otherwise):
            return "(case" + (subject.map { " " + of($0) } ?? "")
                + branches.map { " (when \(of($0.when)) \(of($0.then)))" }.joined()
                + (otherwise.map { " (else \(of($0)))" } ?? "") + ")"
        case .listComprehension(let variable, let list, let predicate, let projection):
            return "(comp \(variable) \(of(list)) \(predicate.map(of) ?? "_") \(projection.map(of) ?? "_"))"
        case .quantifier(let quantifier, let variable, let list, let predicate):
            return "(\(quantifier.rawValue) \(variable) \(of(list)) \(of(predicate)))"
        case .pattern(let element): return "(pattern \(of(element)))"
        case .exists(let patterns, let predicate):
            return "(exists \(patterns.map(of).joined(separator: ", "))" + (predicate.map { " where " + of($0) } ?? "") + ")"
        default: return "?"
        }
    }

    private static func of(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return String(flag)
        case .int(let number): return String(number)
        case .float(let number): return "\(number)f"
        case .string(let text): return "'\(text)'"
        default: return "\(value)"
        }
    }
}
