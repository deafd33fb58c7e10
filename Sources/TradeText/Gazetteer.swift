import GraphModel
import GraphStore

/// The entities of a loaded graph by every name people use for them — English name, aliases, Chinese name —
/// found in text with the same rules as cue words. Built from the graph itself, so it works on any folder.
public struct Gazetteer: Sendable {
    /// Labels whose nodes are not things a text names: figures and documents.
    public static let unnamedLabels: Set<String> = ["Measurement", "Source"]

    private let matcher: PhraseMatcher<GazetteerEntry>
    /// Every English name, for suggestions when a word is not understood.
    public let names: [String]

    /// The gazetteer of every named entity in `store`.
    public init(store: GraphStore) {
        var phrases: [(phrase: String, payload: GazetteerEntry)] = []
        var names: [String] = []
        for (label, _) in store.labelCounts where !Gazetteer.unnamedLabels.contains(label) {
            for node in store.nodes(labeled: label) {
                guard case .string(let name) = store.property("name", of: node) else { continue }
                let id = store.property("id", of: node).stringValue ?? name
                names.append(name)
                for written in store.names(of: node) {
                    let entry = GazetteerEntry(node: node, id: id, label: label, name: name,
                                               exactCase: Gazetteer.isAbbreviation(written) ? written.replacingDots : nil)
                    phrases.append((written, entry))
                }
            }
        }
        matcher = PhraseMatcher(phrases)
        self.names = names
    }

    /// The entities named in `text`, left to right, longest name first; a name shared by several entities
    /// yields one mention for each.
    public func mentions(in text: NormalizedText) -> [EntityMention] {
        matcher.matches(in: text).flatMap { match in
            let written = text.text(match.range)
            return match.payload
                .filter { $0.exactCase == nil || $0.exactCase == written.replacingDots }
                .uniqued(by: \.node)
                .map { EntityMention(node: $0.node, id: $0.id, label: $0.label, name: $0.name, text: written, range: match.range) }
        }
    }

    /// "US", "EU", "U.S.", "UAE": capitals (and dots) only, at most three letters.
    static func isAbbreviation(_ name: String) -> Bool {
        let letters = name.replacingDots
        return (1...3).contains(letters.count) && letters.allSatisfy { $0.isASCII && $0.isUppercase }
    }
}

extension String {
    var replacingDots: String { filter { $0 != "." } }
}

extension Sequence {
    func uniqued<Key: Hashable>(by key: (Element) -> Key) -> [Element] {
        var seen = Set<Key>()
        return filter { seen.insert(key($0)).inserted }
    }
}
