import GraphModel
import GraphStore

/// What a figure is about, as the subject of its statement: "Guangdong's exports of integrated circuits to
/// ASEAN under RCEP", "广东对东盟集成电路出口"; for a figure of no trade flow, its dimensions' names
/// ("Hainan, Hainan offshore duty-free shopping"). The owner of the flow is the region or enterprise type, else
/// the reporting economy, else China; a reporter that is no economy (the WTO) owns nothing and is named after
/// the statement instead (`reportedBy`).
struct FigureSubject {
    let text: String
    /// The reporter's name when it is not China, for "(reported by ...)".
    let reportedBy: String?

    init(facts: FigureFacts, store: GraphStore, language: FigureLanguage) {
        func name(_ node: NodeID) -> String {
            if language == .zh, let chinese = store.property("name_zh", of: node).stringValue { return chinese }
            let name = store.property("name", of: node).stringValue ?? store.property("id", of: node).stringValue ?? "?"
            return FigureWords.commonNounLabels.contains(where: { store.hasLabel(node, $0) }) ? Self.lowercasedFirst(name) : name
        }
        func names(_ type: String) -> String? {
            let found = facts.dimensions.filter { $0.type == type }.map { name($0.node) }
            return found.isEmpty ? nil : found.joined(separator: language == .zh ? "、" : " and ")
        }
        let reporterOwns = facts.reporter.map { store.hasLabel($0, "Economy") || store.hasLabel($0, "Partner") } ?? false
        reportedBy = reporterOwns ? nil : facts.reporter.map(name)
        let owners = FigureWords.ownerTypes.compactMap(names)
        let defaultOwner = reporterOwns ? facts.reporter.map(name) : (facts.reporter == nil ? (language == .zh ? "我国" : "China") : nil)
        let ownerNames = owners.isEmpty ? defaultOwner.map { [$0] } ?? [] : owners
        let others = facts.dimensions.map(\.type).filter { !FigureWords.ownerTypes.contains($0) }
        let present = others.enumerated().filter { others.firstIndex(of: $0.element) == $0.offset }.map(\.element)
        let otherTypes = FigureWords.dimensionOrder.filter(present.contains) + present.filter { !FigureWords.dimensionOrder.contains($0) }
        guard let flow = FigureWords.flowNouns[facts.flow] else {
            // Someone else's count about China ("countries for which China was a main export destination"):
            // China is what it is about, though no dimension names it.
            let parts = ownerNames + otherTypes.compactMap(names)
            text = parts.isEmpty ? (language == .zh ? "我国" : "China") : parts.joined(separator: language == .zh ? "、" : ", ")
            return
        }
        text = language == .zh
            ? Self.chinese(owners: ownerNames, flow: facts.flow, noun: flow.chinese, types: otherTypes, names: names)
            : Self.english(owners: ownerNames, flow: facts.flow, noun: flow.english, types: otherTypes, names: names)
    }

    /// "China's exports of X to Y under Z": owners as possessives, then the flow, then each dimension with its word.
    private static func english(owners: [String], flow: String, noun: String, types: [String], names: (String) -> String?) -> String {
        let possessives = owners.map { $0.hasSuffix("s") ? $0 + "'" : $0 + "'s" }
        let tail = types.compactMap { type -> String? in
            guard let named = names(type) else { return nil }
            if type == "PARTNER" { return (FigureWords.partnerWords[flow]?.english ?? "with") + " " + named }
            let word = type == "PRODUCT" && flow == "total" ? "in" : FigureWords.dimensionWords[type] ?? type.lowercased()
            return word + " " + named
        }
        return (possessives + [noun] + tail).joined(separator: " ")
    }

    /// "广东对东盟集成电路出口（RCEP、中欧班列）": owners, partner with 对/自, products, the flow, the rest in brackets.
    private static func chinese(owners: [String], flow: String, noun: String, types: [String], names: (String) -> String?) -> String {
        let partner = names("PARTNER").map { (FigureWords.partnerWords[flow]?.chinese ?? "对") + $0 } ?? ""
        let products = names("PRODUCT") ?? ""
        let rest = types.filter { $0 != "PARTNER" && $0 != "PRODUCT" }.compactMap(names)
        return owners.joined() + partner + products + noun + (rest.isEmpty ? "" : "（" + rest.joined(separator: "、") + "）")
    }

    /// "Bulk commodities" → "bulk commodities", but "ASEAN" and "EU" stay as they are.
    private static func lowercasedFirst(_ name: String) -> String {
        let characters = Array(name)
        guard characters.count > 1, characters[1].isLowercase, let first = characters.first else { return name }
        return first.lowercased() + String(characters.dropFirst())
    }
}
