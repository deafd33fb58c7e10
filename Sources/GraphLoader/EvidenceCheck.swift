import Foundation
import GraphModel
import GraphStore

/// What a figure's row claims about its document: that `evidence` is on `line` and states `value`.
public struct EvidenceClaim: Sendable {
    public let id: String
    /// File name of the source document.
    public let document: String
    public let line: Int
    public let evidence: String
    public let value: Double
    public let note: String

    public init(id: String, document: String, line: Int, evidence: String, value: Double, note: String) {
        self.id = id
        self.document = document
        self.line = line
        self.evidence = evidence
        self.value = value
        self.note = note
    }
}

/// Every figure's `evidence` is a verbatim excerpt of its `line` in its document, and states the figure. One
/// implementation for the data tests of `Graph/` and for `tradegraph check --sources`, which a reviewer runs
/// on a draft of `tradegraph extract`.
public struct EvidenceCheck: Sendable {
    /// The note that exempts a row from the number check (not from the verbatim check): "nine consecutive
    /// years", "one-sixth", "more than half" state a figure without digits.
    public static let inWords = "figure written in words"

    /// Document file name → its lines (1-based through `lines[n - 1]`).
    public let documents: [String: [String]]

    public init(documents: [String: [String]]) { self.documents = documents }

    /// Reads the documents named in `names` from `folder`; a document that cannot be read is left out, and
    /// its claims are reported as "not found".
    public init(reading names: Set<String>, from folder: URL) {
        var documents: [String: [String]] = [:]
        for name in names {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { continue }
            documents[name] = text.components(separatedBy: "\n").map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        }
        self.documents = documents
    }

    /// What is wrong with a claim, or `nil`; `otherwiseStated` may accept a value written in a form the number
    /// check does not read (the data tests' "a 3.5-fold increase" for +350%).
    public func problem(_ claim: EvidenceClaim, otherwiseStated: (EvidenceClaim) -> Bool = { _ in false }) -> String? {
        guard let lines = documents[claim.document] else { return "document '\(claim.document)' not found" }
        guard lines.indices.contains(claim.line - 1) else {
            return "line \(claim.line) is beyond the end of \(claim.document) (\(lines.count) lines)"
        }
        guard lines[claim.line - 1].contains(claim.evidence) else {
            return "evidence is not verbatim on line \(claim.line) of \(claim.document): \"\(claim.evidence)\""
        }
        guard claim.note.contains(Self.inWords) || StatedNumber.states(claim.value, in: claim.evidence)
                || otherwiseStated(claim) else {
            return "evidence does not state the value \(Self.plain(claim.value)) at any scale (units, thousand, 万, "
                + "million, 亿, billion, trillion): \"\(claim.evidence)\"; if the text writes it in words, say "
                + "'\(Self.inWords)' in the note"
        }
        return nil
    }

    /// The claims of every measurement in `store` whose source names a document.
    public static func claims(in store: GraphStore) -> [EvidenceClaim] {
        store.nodes(labeled: "Measurement").compactMap { node in
            func text(_ key: String) -> String { store.property(key, of: node).stringValue ?? "" }
            guard let source = store.relationships(of: node, direction: .outgoing, types: ["SOURCE"]).first.map(store.target(of:)),
                  let document = store.property("document", of: source).stringValue else { return nil }
            return EvidenceClaim(id: text("id"), document: document, line: Int(store.property("line", of: node).numericValue ?? 0),
                                 evidence: text("evidence"), value: store.property("value", of: node).numericValue ?? .nan,
                                 note: text("note"))
        }
    }

    /// `45470000000000`, `3.8`: the value as the CSV writes it.
    public static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
