import GraphModel
import GraphStore

/// `{name: 'EU'}` that finds nothing although 'EU' is a name of a node in another form: an alias, the Chinese
/// name, another case of the name, or the name of a node under another label. Says which node and how to
/// write the condition so that it finds it.
struct NameAdvice {
    let message: String

    /// The text properties that name a node and may be looked up by their other forms.
    static let nameKeys: Set<String> = ["name", "name_zh", "id", "title"]

    init?(comparison: LiteralComparison, store: GraphStore) {
        guard comparison.comparison == .equal, case .string(let text) = comparison.literal, Self.nameKeys.contains(comparison.key),
              store.nodes(labeled: comparison.label, where: comparison.key, equals: comparison.literal).isEmpty else { return nil }
        let subject = comparison.label.map { "no \($0) has" } ?? "no node has"
        let variable = comparison.variable ?? "n"
        let lead = "\(subject) \(comparison.key) '\(text)'"
        if let message = Self.otherForm(of: text, key: comparison.key, label: comparison.label, store: store,

                                         variable: variable, lead: lead, inPattern: comparison.written.hasPrefix("{")) {
            self.message = message
            return
        }
        guard let label = comparison.label,
              let other = store.nodes(labeled: nil, where: comparison.key, equals: comparison.literal).first else { return nil }
        let otherLabel = store.labels(of: other).joined(separator: ":")
        message = "\(lead); '\(text)' is a \(otherLabel), not a \(label): use (:\(otherLabel) {\(comparison.key): '\(text)'}) or (\(variable) {\(comparison.key): '\(text)'})"
    }

    /// The node whose alias, Chinese name or differently cased name is the text, within the label if given.
    private static func otherForm(of text: String, key: String, label: String?, store: GraphStore,
                                  variable: String, lead: String, inPattern: Bool) -> String? {
        let candidates = store.nodes(named: text).filter { node in label.map { store.hasLabel(node, $0) } ?? true }
        guard let node = candidates.first, let name = store.property(key, of: node).stringValue ?? store.property("name", of: node).stringValue else {
            return nil
        }
        let own = store.property(key, of: node).stringValue ?? name
        let use = inPattern ? "use {\(key): '\(own)'}" : "use \(variable).\(key) = '\(own)'"
        let nodeLabel = label == nil ? " (\(store.labels(of: node).joined(separator: ":")))" : ""
        if own.lowercased() == text.lowercased() {
            return "\(lead); '\(own)'\(nodeLabel) differs only in case: \(use) or toLower(\(variable).\(key)) = '\(text.lowercased())'"
        }
        if store.property("name_zh", of: node).stringValue == text {
            return "\(lead); '\(text)' is the Chinese name of '\(name)'\(nodeLabel): \(use) or \(inPattern ? "{name_zh: '\(text)'}" : "\(variable).name_zh = '\(text)'")"
        }
        if store.property("name", of: node).stringValue?.lowercased() == text.lowercased() {
            return "\(lead); '\(text)' is the name of '\(own)'\(nodeLabel): use {name: '\(text)'}"
        }
        return "\(lead); '\(name)'\(nodeLabel) has the alias '\(text)': \(use) or '\(text)' IN \(variable).aliases"
    }
}
