import GraphModel
import GraphStore

/// The one entity a name stands for, for `:describe NAME` and `:export dot FILE --around NAME`: an id, or a
/// name, Chinese name or alias (ignoring case). Several entities of that name, or none, is an error that
/// lists the candidates or the closest names, so the user can say which one was meant.
struct EntityFinder {
    let store: GraphStore

    /// The entity, or an error listing candidates.
    func entity(named text: String) throws(ShellError) -> NodeID {
        if let node = node(withID: text) { return node }
        let named = store.nodes(named: text)
        if named.count == 1 { return named[0] }
        if named.count > 1 {
            throw .failed("'\(text)' names \(named.count) entities; give one of their ids",
                          detail: named.map { "  " + EntityName(node: $0, store: store).withLabelAndID })
        }
        let near = EntitySearch(store: store).matches(for: text, limit: 5)
        let hint = near.isEmpty ? "; try :search with part of the name"
            : "; did you mean " + near.map { "'\($0.matched)'" }.joined(separator: ", ") + "?"
        throw .failed("no entity named '\(text)'\(hint)")
    }

    /// The node whose `id` property is the text: ids are unique across the graph, so this is never ambiguous.
    private func node(withID id: String) -> NodeID? {
        for (label, _) in store.labelCounts {
            if let node = store.nodes(labeled: label, where: "id", equals: .string(id)).first { return node }
        }
        return nil
    }
}
