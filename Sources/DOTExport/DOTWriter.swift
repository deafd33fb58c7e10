import GraphModel
import GraphStore

/// Turns a subgraph into Graphviz DOT text a person can read: entities styled by label with a legend,
/// measurements as compact nodes (or folded into edges and labels), relationship types on edges.
///
/// The text is deterministic — nodes by label, then by what they show; edges by their ends — so exports of
/// the same subgraph are identical and exports of similar ones diff line by line.
public struct DOTWriter {
    /// The graph the subgraph's ids belong to.
    public let store: GraphStore
    /// How to draw.
    public let options: DOTOptions

    /// Creates a writer over a store.
    public init(store: GraphStore, options: DOTOptions = DOTOptions()) {
        self.store = store
        self.options = options
    }

    /// The DOT text of a subgraph.
    /// - Throws: `DOTExportError.tooManyNodes` when the picture would exceed `options.maxNodes`.
    public func text(for subgraph: Subgraph) throws(DOTExportError) -> String {
        try document(for: subgraph).text
    }

    /// The DOT text of a subgraph with the counts of what it draws, after folding and grouping.
    /// - Throws: `DOTExportError.tooManyNodes` when the picture would exceed `options.maxNodes`.
    public func document(for subgraph: Subgraph) throws(DOTExportError) -> DOTDocument {
        let text = NodeText(store: store, subgraph: subgraph)
        let ordered = subgraph.nodes.map { (node: $0, key: text.sortKey(of: $0)) }.sorted { $0.key < $1.key }.map(\.node)
        let plan = self.plan(subgraph, order: ordered, text: text)
        let nodes = ordered.filter { !plan.folded.contains($0) }
        guard nodes.count <= options.maxNodes else {
            throw .tooManyNodes(count: nodes.count, limit: options.maxNodes)
        }
        var names = NodeNames(nodes, in: store)
        let groups = Self.grouped(nodes, by: text.primaryLabel(of:))
        var lines = header + legend(groups.map(\.label), note: plan.legend, names: &names)
        lines += groups.flatMap { nodeLines($0.label, $0.nodes, text: text, plan: plan, names: names) }
        let edges = edgeLines(subgraph, order: nodes, plan: plan, names: names)
        lines += edges
        return DOTDocument(text: (lines + ["}"]).joined(separator: "\n") + "\n", nodeCount: nodes.count, edgeCount: edges.count)
    }

    /// Folding when asked for; grouping as `options.grouping` says once there are more figures than
    /// `options.groupAbove`.
    private func plan(_ subgraph: Subgraph, order: [NodeID], text: NodeText) -> FoldPlan {
        let figures = order.lazy.filter(text.isMeasurement).count
        let grouping = options.foldMeasurements ? .entity : (figures > options.groupAbove ? options.grouping : nil)
        return grouping.map { FoldPlan(subgraph, order: order, text: text, store: store, grouping: $0) } ?? FoldPlan()
    }

    private var header: [String] {
        let font = DOTString.quoted(PictureFonts.list)
        return [
            "digraph \"tradegraph\" {",
            "  charset=\"UTF-8\";",
            "  rankdir=\(DOTString.quoted(options.direction.rawValue));",
            "  graph [fontname=\(font), fontsize=10, nodesep=0.12, ranksep=0.5];",
            "  node [fontname=\(font), fontsize=11, margin=\"0.1,0.03\", height=0.3];",
            "  edge [fontname=\(font), fontsize=8, color=\"#8c8c8c\", fontcolor=\"#636363\", arrowsize=0.6];",
        ]
    }

    private func legend(_ labels: [String], note: String?, names: inout NodeNames) -> [String] {
        let shown = labels.filter { !$0.isEmpty }
        guard !shown.isEmpty else { return [] }
        var entries = shown.map { label in
            let name = names.claim("legend:" + label, fallback: "'")
            return "    \(DOTString.quoted(name)) [label=\(DOTString.quoted(label)), \(NodeStyle.of(label).attributes), fontsize=9];"
        }
        if let note {
            let name = names.claim("legend:grouped", fallback: "'")
            entries.append("    \(DOTString.quoted(name)) [label=\(DOTString.quoted(note)), shape=\"plaintext\", fontsize=9];")
        }
        return ["  subgraph \"cluster_legend\" {",
                "    label=\"Legend\"; style=\"rounded\"; color=\"#bdbdbd\"; fontcolor=\"#636363\";"]
            + entries + ["  }"]
    }

    private func nodeLines(_ label: String, _ nodes: [NodeID], text: NodeText, plan: FoldPlan, names: NodeNames) -> [String] {
        let style = NodeStyle.of(label)
        let indent = options.clusterByLabel ? "    " : "  "
        let statements = nodes.map { node in
            let font = text.isMeasurement(node) ? ", fontsize=9" : ""
            let nodeLabel = DOTString.label(labelLines(of: node, text: text, plan: plan))
            let shape = plan.records[node] == nil ? style : style.holdingRecords
            return indent + "\(DOTString.quoted(names[node])) [label=\(nodeLabel), \(shape.attributes)\(font)];"
        }
        guard options.clusterByLabel else { return statements }
        let title = label.isEmpty ? "(no label)" : label
        return ["  subgraph \(DOTString.quoted("cluster_label_" + title)) {",
                "    label=\(DOTString.quoted(title)); style=\"rounded,dashed\"; color=\"#bdbdbd\";"]
            + statements + ["  }"]
    }

    private func labelLines(of node: NodeID, text: NodeText, plan: FoldPlan) -> [(text: String, alignment: DOTString.Alignment)] {
        let records = plan.records[node] ?? []
        let lines = plan.headings[node].map { [$0] } ?? text.lines(of: node)
        let heading = lines.map { (text: $0, alignment: DOTString.Alignment.center) }
        return heading + records.map { (text: "• " + $0, alignment: .left) }
    }

    private func edgeLines(_ subgraph: Subgraph, order: [NodeID], plan: FoldPlan, names: NodeNames) -> [String] {
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        let drawn = subgraph.relationships.compactMap { relationship -> (Int, String, Int, RelationshipID)? in
            guard let from = position[store.source(of: relationship)], let to = position[store.target(of: relationship)]
            else { return nil }
            return (from, store.type(of: relationship), to, relationship)
        }.sorted { ($0.0, $0.1, $0.2, $0.3) < ($1.0, $1.1, $1.2, $1.3) }
        let plain = drawn.map { from, type, to, _ in
            "  \(DOTString.quoted(names[order[from]])) -> \(DOTString.quoted(names[order[to]])) [label=\(DOTString.quoted(type))];"
        }
        let folded = plan.edges.map { edge in
            "  \(DOTString.quoted(names[edge.from])) -> \(DOTString.quoted(names[edge.to])) [label=\(DOTString.quoted(edge.text)), "
                + "dir=\"none\", style=\"dashed\", color=\"\(PicturePalette.blue.stroke)\", fontcolor=\"#08519c\", fontsize=9];"
        }
        let linked = plan.links.map { link in
            "  \(DOTString.quoted(names[link.from])) -> \(DOTString.quoted(names[link.to])) [label=\(DOTString.quoted(link.type))];"
        }
        return plain + linked + folded
    }

    private static func grouped(_ nodes: [NodeID], by label: (NodeID) -> String) -> [(label: String, nodes: [NodeID])] {
        var groups: [(label: String, nodes: [NodeID])] = []
        for node in nodes {
            let key = label(node)
            if let last = groups.indices.last, groups[last].label == key {
                groups[last].nodes.append(node)
            } else {
                groups.append((key, [node]))
            }
        }
        return groups
    }
}
