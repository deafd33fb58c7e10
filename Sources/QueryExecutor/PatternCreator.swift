import GraphModel
import GraphStore
import QueryAST
import QueryPlanner

/// Creates the nodes and relationships of CREATE patterns (and of MERGE when nothing matched).
struct PatternCreator {
    private struct NodeSpec {
        let slot: Int
        let bound: Bool
        let labels: [String]
        let properties: [(key: String, value: Evaluator)]
    }

    private struct RelationshipSpec {
        let slot: Int
        let from: Int, to: Int
        let type: String
        let properties: [(key: String, value: Evaluator)]
        let location: SourceLocation
    }

    private var nodes: [NodeSpec] = []
    private var relationships: [RelationshipSpec] = []
    private var paths: [(slot: Int, start: Int, segments: [PathSegment])] = []

    init(_ plan: CreatePlan, compiler: ExpressionCompiler) throws(QueryError) {
        var inner = compiler
        inner.scope = plan.scope
        var seen: Set<Int> = []
        for part in plan.patterns {
            var nodeSlots: [Int] = []
            for node in [part.element.start] + part.element.steps.map(\.node) {
                let slot = try Self.slot(node.variable, plan: plan, context: compiler.context)
                nodeSlots.append(slot)
                let bound = node.variable.map { plan.inputScope.slot(of: $0) != nil } ?? false
                if seen.insert(slot).inserted {
                    nodes.append(NodeSpec(slot: slot, bound: bound, labels: node.labels.joined().map { $0 },
                                          properties: try Self.compile(node.properties, inner)))
                }
            }
            var segments: [PathSegment] = []
            for (index, step) in part.element.steps.enumerated() {
                let relationship = step.relationship
                let slot = try Self.slot(relationship.variable, plan: plan, context: compiler.context)
                let (from, to) = relationship.direction == .incoming ? (nodeSlots[index + 1], nodeSlots[index]) : (nodeSlots[index], nodeSlots[index + 1])
                relationships.append(RelationshipSpec(slot: slot, from: from, to: to, type: relationship.types[0],
                                                      properties: try Self.compile(relationship.properties, inner),
                                                      location: relationship.location))
                segments.append(PathSegment(relationship: slot, node: nodeSlots[index + 1], variableLength: false))
            }
            if let name = part.pathVariable, let slot = plan.scope.slot(of: name) { paths.append((slot, nodeSlots[0], segments)) }
        }
    }

    private static func slot(_ variable: String?, plan: CreatePlan, context: ExecutionContext) throws(QueryError) -> Int {
        if let variable, let slot = plan.scope.slot(of: variable) { return slot }
        return context.newSlot()
    }

    private static func compile(_ properties: Expression?, _ compiler: ExpressionCompiler) throws(QueryError) -> [(key: String, value: Evaluator)] {
        guard let properties, case .map(let entries) = properties.kind else { return [] }
        return try entries.map { entry throws(QueryError) in (entry.key, try compiler.compile(entry.value)) }
    }

    func create(_ frame: Frame) throws(QueryError) {
        let store = frame.context.store
        for node in nodes where !node.bound {
            let properties = try node.properties.map { entry throws(QueryError) in (key: entry.key, value: try entry.value(frame)) }
            do {
                frame.row[node.slot] = .node(try store.createNode(labels: node.labels, properties: properties))
            } catch {
                throw QueryError(error.description, at: SourceLocation(line: 1, column: 1))
            }
            frame.context.changes.nodesCreated += 1
            frame.context.changes.labelsAdded += node.labels.count
            frame.context.changes.propertiesSet += properties.filter { !$0.value.isNull }.count
        }
        for relationship in relationships {
            guard case .node(let from) = frame.row[relationship.from], case .node(let to) = frame.row[relationship.to] else {
                throw QueryError("cannot create a relationship to a null node", at: relationship.location)
            }
            let properties = try relationship.properties.map { entry throws(QueryError) in (key: entry.key, value: try entry.value(frame)) }
            do {
                frame.row[relationship.slot] = .relationship(try store.createRelationship(from: from, to: to, type: relationship.type, properties: properties))
            } catch {
                throw QueryError(error.description, at: relationship.location)
            }
            frame.context.changes.relationshipsCreated += 1
            frame.context.changes.propertiesSet += properties.filter { !$0.value.isNull }.count
        }
        for path in paths {
            let relationships = path.segments.compactMap { if case .relationship(let r) = frame.row[$0.relationship] { r } else { nil } }
            let nodes = ([path.start] + path.segments.map(\.node)).compactMap { if case .node(let n) = frame.row[$0] { n } else { nil } }
            frame.row[path.slot] = .path(GraphPath(nodes: nodes, relationships: relationships))
        }
    }
}
