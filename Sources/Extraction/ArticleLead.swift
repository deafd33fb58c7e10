import Foundation
import GraphModel
import TradeText

/// A page of news articles (a recap): an article opens with a dateline ("本报北京1月16日电", "BEIJING, Jan. 16
/// (Xinhua) --") and runs to the next headline. The period its lead paragraph names ("明确了“十五五”时期……的
/// 财政支持政策") is the period of the article's figures that name none, not the period of the page; the policy the
/// lead names ("修订《重点生态保护修复治理资金管理办法》") is what its figures that name no policy are about. A heading does the
/// same for its section ("6. Hainan FTP: island-wide special customs operations (18 Dec 2025 – 10 Jan 2026)", "3.
/// Partners (full year)"), up to the next heading.
struct ArticleLead {
    /// The period the lead names, and the note saying so.
    var period: (period: Period, note: String?)?
    /// The policy the lead names.
    var policy: String?
}

extension Extractor {
    /// The article's lead after a paragraph that no speaker says: a numbered heading's (none for one that names neither
    /// period nor policy), none after a headline, the lead's after a dateline, else the one before.
    func articleLead(after previous: ArticleLead?, paragraph text: String, reference: PeriodReference) -> ArticleLead? {
        if Self.isNumberedHeading(text) {
            let lead = lead(in: text, from: 0, reference: reference, named: "the section's heading")
            return lead.period == nil && lead.policy == nil ? nil : lead
        }
        if Self.isHeadline(text) { return nil }
        guard let dateline = Dateline.range(in: text) else { return previous }
        return lead(in: text, from: dateline.upperBound, reference: reference, named: "the article's lead")
    }

    /// The first period other than a day, and the first policy, that `text` names from offset `start` on.
    private func lead(in text: String, from start: Int, reference: PeriodReference, named what: String) -> ArticleLead {
        let reading = reader.read(text, reference: reference)
        let period = cues.periodChoice.candidates(reading).first { mention in
            mention.range.lowerBound >= start && mention.period.firstDay != mention.period.lastDay
        }
        // A plan that names a span of years ("十四五") dates the section; it is no policy its figures are about.
        let policy = reading.entities.first { mention in
            mention.label == "Policy" && mention.range.lowerBound >= start && !reading.periods.contains { $0.range.overlaps(mention.range) }
        }
        return ArticleLead(period: period.map { ($0.period, "period: \(what) names it ('\($0.text)')") }, policy: policy?.id)
    }

    /// "2. Mid-year checkpoint", "## First quarter", "一、总体情况", "（二）进口": a line opened by a section's number or mark
    /// that ends no sentence (a document's title, unnumbered, is no section's).
    static func isNumberedHeading(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let last = trimmed.last(where: { !"¹²³⁴⁵⁶⁷⁸⁹⁰*".contains($0) }), !"。.!?！？".contains(last) else { return false }
        let digits = trimmed.prefix { $0.isNumber || $0 == "." }
        if !digits.isEmpty, digits.contains(where: \.isNumber), let mark = trimmed.dropFirst(digits.count).first {
            return digits.hasSuffix(".") && mark == " " || mark == ")" || mark == "、"
        }
        if trimmed.hasPrefix("#") { return true }
        let chineseNumber = trimmed.prefix { "一二三四五六七八九十".contains($0) }
        return !chineseNumber.isEmpty && trimmed.dropFirst(chineseNumber.count).first == "、"
            || trimmed.hasPrefix("（") && trimmed.dropFirst().prefix { "一二三四五六七八九十".contains($0) }.count > 0
    }

    /// A headline or a byline: a short line that ends no sentence ("四部门：", "加强新能源汽车“退役”电池管理").
    static func isHeadline(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let last = trimmed.last else { return false }
        return trimmed.count <= headlineLength && !"。.!?！？”\"".contains(last)
    }

    /// The longest a headline runs, in characters.
    static let headlineLength = 30
}
