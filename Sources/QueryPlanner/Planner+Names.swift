import GraphModel
import QueryAST

/// Warnings for labels, relationship types and property keys the graph does not have: a typo must not look
/// like an empty answer.
extension Planner {
    mutating func warnAboutUnknownNames(in patterns: [PatternPart]) throws(PlanError) {
        for part in patterns {
            for node in [part.element.start] + part.element.steps.map(\.node) {
                for label in node.labels.joined() where !graph.isKnownLabel(label) {
                    warn("unknown label '\(label)'\(Suggestion.hint(for: label, among: graph.labelCounts.map(\.name)))")
                }
                try checkPropertyMap(node.properties, at: node.location)
            }
            for step in part.element.steps {
                for type in step.relationship.types where !graph.isKnownRelationshipType(type) {
                    warn("unknown relationship type '\(type)'\(Suggestion.hint(for: type, among: graph.relationshipTypeCounts.map(\.name)))")
                }
                try checkPropertyMap(step.relationship.properties, at: step.relationship.location)
            }
        }
    }

    /// `n.nmae` reads null for every node; say so, with the key that was probably meant.
    mutating func warnAboutUnknownKeys(in expression: Expression) {
        let store = graph, elements = elementVariables
        var unknown: [String] = []
        ExpressionAnalysis.visit(expression) { node in
            guard case .property(let subject, let key) = node.kind, case .variable(let name) = subject.kind,
                  elements.contains(name), !store.isKnownPropertyKey(key) else { return }
            unknown.append(key)
        }
        for key in unknown {
            warn("unknown property key '\(key)'\(Suggestion.hint(for: key, among: store.propertyKeyCounts.map(\.name)))")
        }
    }

    private mutating func checkPropertyMap(_ properties: Expression?, at location: SourceLocation) throws(PlanError) {
        guard let properties else { return }
        guard case .map(let entries) = properties.kind else {
            throw PlanError("properties in a pattern are written as a map, like {name: 'ASEAN'}", at: properties.location)
        }
        for entry in entries where !graph.isKnownPropertyKey(entry.key) {
            warn("unknown property key '\(entry.key)'\(Suggestion.hint(for: entry.key, among: graph.propertyKeyCounts.map(\.name)))")
        }
    }
}
